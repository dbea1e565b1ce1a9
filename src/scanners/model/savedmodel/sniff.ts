import { headFields } from '../_shared/protobuf-wire-sniff.js';

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
