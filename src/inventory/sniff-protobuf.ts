/**
 * Recognise ONNX models and TensorFlow graphs. Both are bare protobuf messages without a
 * magic number, so the first fields are walked and checked against the message layout:
 *
 * - ONNX `ModelProto` starts with `ir_version` (field 1, varint, 3 or more in every released
 *   ONNX) followed by fields such as `producer_name` (2) and `graph` (7).
 * - TensorFlow `SavedModel` starts with `saved_model_schema_version` (field 1, varint 1)
 *   followed by `meta_graphs` (field 2, a message).
 * - A frozen TensorFlow `GraphDef` starts with `node` (field 1, a message) whose `NodeDef`
 *   starts with `name` (field 1) and `op` (field 2), both short printable strings.
 *
 * @see https://github.com/onnx/onnx/blob/main/onnx/onnx.proto
 * @see https://github.com/tensorflow/tensorflow/blob/master/tensorflow/core/protobuf/saved_model.proto
 */

interface Field {
  number: number;
  wireType: number;
  value: number;
  start: number;
  end: number;
}

/** ModelProto fields and their wire types (0 varint, 2 length-delimited). */
const onnxFields = new Map([
  [1, 0],
  [2, 2],
  [3, 2],
  [4, 2],
  [5, 0],
  [6, 2],
  [7, 2],
  [8, 2],
  [14, 2],
  [20, 2],
  [25, 2],
  [26, 2],
]);

/** Which protobuf model format `head` starts with, if any. */
export function sniffProtobufModel(head: Uint8Array, fileName: string): 'onnx' | 'tensorflow' | undefined {
  const first = readField(head, 0);
  if (first === undefined) return undefined;
  if (first.number === 1 && first.wireType === 0) {
    if (first.value === 1) return looksLikeSavedModel(head, first, fileName) ? 'tensorflow' : undefined;
    if (first.value >= 3 && first.value <= 64 && looksLikeOnnx(head, first)) return 'onnx';
    return undefined;
  }
  if (first.number === 1 && first.wireType === 2 && looksLikeNodeDef(head, first)) return 'tensorflow';
  return undefined;
}

function looksLikeOnnx(head: Uint8Array, first: Field): boolean {
  let pos = first.end;
  let fields = 0;
  while (pos < head.length && fields < 64) {
    const field = readField(head, pos);
    if (field === undefined) return fields > 0 && isTruncatedLength(head, pos);
    if (onnxFields.get(field.number) !== field.wireType) return false;
    if ((field.number === 2 || field.number === 3) && !isPrintable(head, field.start, field.end)) return false;
    fields++;
    pos = field.end;
  }
  return fields > 0;
}

function looksLikeSavedModel(head: Uint8Array, first: Field, fileName: string): boolean {
  const second = readField(head, first.end) ?? (isTruncatedLength(head, first.end) ? undefined : null);
  if (second === null) return false;
  if (/(^|[\\/])saved_model\.pb$/i.test(fileName)) return second === undefined || (second.number === 2 && second.wireType === 2);
  // MetaGraphDef starts with meta_info_def (field 1, a message).
  return second !== undefined && second.number === 2 && second.wireType === 2 && head[second.start] === 0x0a;
}

function looksLikeNodeDef(head: Uint8Array, node: Field): boolean {
  const name = readField(head, node.start);
  if (!name || name.number !== 1 || name.wireType !== 2 || name.end - name.start === 0 || !isPrintable(head, name.start, name.end)) return false;
  const op = readField(head, name.end);
  if (!op || op.number !== 2 || op.wireType !== 2 || op.end - op.start === 0) return false;
  return /^[A-Za-z_][\w>]*$/.test(String.fromCharCode(...head.subarray(op.start, op.end)));
}

/**
 * Read one field at `pos`. Length-delimited fields that run past `head` are returned with
 * `end` clipped to `head.length` only when they are the last thing in view.
 */
function readField(head: Uint8Array, pos: number): Field | undefined {
  const tag = readVarint(head, pos);
  if (!tag) return undefined;
  const number = Math.floor(tag.value / 8);
  const wireType = tag.value % 8;
  if (number < 1) return undefined;
  if (wireType === 0) {
    const v = readVarint(head, tag.next);
    return v ? { number, wireType, value: v.value, start: tag.next, end: v.next } : undefined;
  }
  if (wireType === 2) {
    const len = readVarint(head, tag.next);
    if (!len) return undefined;
    const end = len.next + len.value;
    if (end > head.length) return { number, wireType, value: 0, start: len.next, end: head.length };
    return { number, wireType, value: 0, start: len.next, end };
  }
  if (wireType === 1) return tag.next + 8 <= head.length ? { number, wireType, value: 0, start: tag.next, end: tag.next + 8 } : undefined;
  if (wireType === 5) return tag.next + 4 <= head.length ? { number, wireType, value: 0, start: tag.next, end: tag.next + 4 } : undefined;
  return undefined;
}

function isTruncatedLength(head: Uint8Array, pos: number): boolean {
  return head.length - pos < 12;
}

function readVarint(head: Uint8Array, pos: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 8 && pos + i < head.length; i++) {
    const byte = head[pos + i]!;
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return { value, next: pos + i + 1 };
    scale *= 128;
  }
  return undefined;
}

function isPrintable(head: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = head[i]!;
    if (b < 0x20 || b === 0x7f) return false;
  }
  return true;
}
