import { headFields } from '../_shared/protobuf-wire-sniff.js';

/** (field number, wire type) pairs a ModelProto may have at top level. */
const MODEL_FIELDS: ReadonlySet<string> = new Set(['1:0', '2:2', '3:2', '4:2', '5:0', '6:2', '7:2', '8:2', '14:2', '20:2', '25:2', '26:2']);

/**
 * Whether `head` starts like an ONNX ModelProto: `ir_version` first (as every serializer writes
 * it, field order), then only ModelProto fields, including a graph or opset. Content only.
 */
export function looksLikeOnnx(head: Uint8Array): boolean {
  const fields = headFields(head);
  const first = fields[0];
  if (!first || first.number !== 1 || first.wireType !== 0 || first.value < 2 || first.value > 64) return false;
  if (!fields.every((f) => MODEL_FIELDS.has(`${f.number}:${f.wireType}`))) return false;
  // A SavedModel starts with schema version 1 and a MetaGraphDef (field 2) whose first byte is 0x0a.
  return fields.some((f) => f.number === 7 || f.number === 8);
}
