/** The model configuration member of a Keras v3 archive (keras.saving.save_model). */
export const KERAS_CONFIG = 'config.json';
/** The metadata member of a Keras v3 archive (keras_version, date_saved). */
export const KERAS_METADATA = 'metadata.json';
const KERAS_WEIGHTS = /^model\.weights\.(h5|npz)$/;

/** Names of the local file headers that start within `head`. */
export function localNames(head: Uint8Array, max = 64): string[] {
  const names: string[] = [];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  for (let at = 0; at + 30 <= head.length && names.length < max; ) {
    if (view.getUint32(at, true) !== 0x04034b50) break;
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 18, true);
    if (at + 30 + nameLength > head.length) break;
    names.push(new TextDecoder().decode(head.subarray(at + 30, at + 30 + nameLength)));
    // Sizes may be in a data descriptor (flag 0x8): then the next header cannot be found from here.
    if ((view.getUint16(at + 6, true) & 0x8) !== 0) break;
    at += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

/**
 * Whether `head` starts a Keras v3 `.keras` archive: a zip whose first members include
 * config.json together with metadata.json or the weights file. Content only.
 */
export function looksLikeKerasArchive(head: Uint8Array): boolean {
  if (head.length < 30 || head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 3 || head[3] !== 4) return false;
  const names = localNames(head);
  return names.includes(KERAS_CONFIG) && names.some((n) => n === KERAS_METADATA || KERAS_WEIGHTS.test(n));
}

/** Whether `head` is JSON text (an object) that looks like a Keras configuration or metadata. */
export function looksLikeKerasJson(head: Uint8Array): boolean {
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (at < head.length && (head[at] === 0x20 || head[at] === 0x0a || head[at] === 0x0d || head[at] === 0x09)) at++;
  if (head[at] !== 0x7b) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(at, at + 65536));
  return /"class_name"\s*:/.test(text) || /"keras_version"\s*:/.test(text);
}
