import { headFields } from '../_shared/protobuf-wire-sniff.js';

/** What kind of TensorFlow protobuf a head starts: a SavedModel, a frozen GraphDef, Keras metadata. */
export type TfFileKind = 'savedmodel' | 'frozen-graph' | 'keras-metadata';

/**
 * Whether `head` starts like a SavedModel (`saved_model.pb`): an optional schema version 1,
 * then a MetaGraphDef (field 2) that starts with its MetaInfoDef or graph (0x0a or 0x12).
 * Content first; the name `saved_model.pb` only confirms an otherwise valid start.
 */
export function looksLikeSavedModel(head: Uint8Array): boolean {
  const fields = headFields(head, 4);
  const [a, b] = fields;
  const meta = a?.number === 1 && a.wireType === 0 && a.value === 1 ? b : a;
  return meta !== undefined && meta.number === 2 && meta.wireType === 2 && (meta.firstByte === 0x0a || meta.firstByte === 0x12) && fields.every((f) => f.number === 1 || f.number === 2);
}

/**
 * Whether `head` starts like a frozen TensorFlow GraphDef: a first `node` (field 1) whose
 * NodeDef starts with its name (0x0a), and only GraphDef fields (node, library, version(s)).
 */
export function looksLikeFrozenGraph(head: Uint8Array): boolean {
  const fields = headFields(head, 8);
  const first = fields[0];
  return first !== undefined && first.number === 1 && first.wireType === 2 && first.firstByte === 0x0a && fields.every((f) => f.number >= 1 && f.number <= 4 && (f.number === 3 ? f.wireType === 0 : f.wireType === 2));
}

/**
 * Whether `head` starts like `keras_metadata.pb` (SavedMetadata): a first `nodes` entry whose
 * SavedObject has a `node_id` varint (field 2) or a `_tf_keras` identifier (field 4). A NodeDef
 * has a string in field 2, so frozen graphs do not match.
 */
export function looksLikeKerasMetadata(head: Uint8Array): boolean {
  const first = headFields(head, 1)[0];
  if (!first || first.number !== 1 || first.wireType !== 2) return false;
  const inner = headFields(head.subarray(innerStart(head)), 6);
  return inner.some((f) => f.number === 2 && f.wireType === 0) && inner.every((f) => f.number >= 1 && f.number <= 5);
}

/** Where the payload of the first length-delimited field starts (after its tag and length). */
function innerStart(head: Uint8Array): number {
  let at = 1;
  while (at < head.length && (head[at]! & 0x80) !== 0) at++;
  return at + 1;
}

/** The kind of TensorFlow protobuf `head` starts, if it is one. */
export function tfFileKind(head: Uint8Array): TfFileKind | undefined {
  if (looksLikeSavedModel(head)) return 'savedmodel';
  if (looksLikeKerasMetadata(head)) return 'keras-metadata';
  if (looksLikeFrozenGraph(head)) return 'frozen-graph';
  return undefined;
}
