/**
 * Classify text content: JSON, JSON Lines, YAML, CSV/TSV, or plain text. Only the head of a
 * file is seen, so the last line may be cut off; every rule allows for that.
 */
import { countFields } from './field-counts.js';

/** What text content is, and for JSON whether it holds records. */
export interface TextClass {
  format: 'json' | 'jsonl' | 'yaml' | 'csv' | 'tsv' | 'text';
  /** JSON whose top level is an array: records rather than a configuration. */
  records?: boolean;
}

/** Records looked at to decide on CSV. */
const maxRecords = 200;

/**
 * Decode `head` as text if it is text: valid UTF-8 (a character cut at the end is allowed),
 * no NUL, and almost no control characters. Undefined when it is binary.
 */
export function decodeText(head: Uint8Array): string | undefined {
  if (head.length === 0 || head.includes(0)) return undefined;
  let text: string | undefined;
  // The head may end inside a multi-byte character: retry without up to 3 trailing bytes.
  for (let cut = 0; cut <= 3 && text === undefined && cut < head.length; cut++) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
    } catch {
      text = undefined;
    }
  }
  if (text === undefined) return undefined;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls * 200 <= text.length ? text.replace(/^\ufeff/, '') : undefined;
}

/** Classify decoded text. `fileName` only breaks ties (a one-line CSV). */
export function classifyText(text: string, fileName: string): TextClass {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = classifyJson(trimmed);
    if (json) return json;
  }
  if (looksLikeYaml(text)) return { format: 'yaml' };
  const delimited = classifyDelimited(text, fileName);
  if (delimited) return { format: delimited };
  return { format: 'text' };
}

function classifyJson(text: string): TextClass | undefined {
  const records = text.startsWith('[');
  if (parses(text)) return { format: 'json', records };
  const lines = completeLines(text).filter((l) => l.trim() !== '');
  const objectLines = lines.filter((l) => /^\s*[[{]/.test(l) && parses(l));
  if (lines.length >= 2 && objectLines.length === lines.length) return { format: 'jsonl' };
  if (lines.length === 1 && objectLines.length === 1 && text.includes('\n')) return { format: 'jsonl' };
  // A large document cut off by the head: it started like JSON and its first line is not a
  // complete value (pretty-printed JSON opens with a lone brace or bracket).
  if (objectLines.length === 0 && /^[[{]\s*($|"|\{|\[|\d|-|t|f|n)/.test(text)) return { format: 'json', records };
  return undefined;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Lines that end with a newline (the last, unterminated line may be cut off). */
function completeLines(text: string): string[] {
  const lines = text.split('\n');
  lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

const yamlItem = /^-(?:\s|$)/;

/** Whether a line starts with a mapping key (`key:` followed by a space or the line end). */
function isYamlKeyLine(line: string): boolean {
  // A scan instead of one regular expression: lines can be 64 KiB long, and patterns with
  // overlapping repetitions would backtrack quadratically on them.
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 200) return false;
  const after = line.charCodeAt(colon + 1);
  if (!(Number.isNaN(after) || after === 0x20 || after === 0x09 || after === 0x0d)) return false;
  const key = line.slice(0, colon).trimEnd();
  if (/^"[^"]*"$/.test(key) || /^'[^']*'$/.test(key)) return true;
  return /^[A-Za-z_][\w.\- ]*$/.test(key);
}

/** Whether the text reads as a YAML document of mappings or sequences. */
function looksLikeYaml(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 500)
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (lines.length === 0) return false;
  const first = lines[0]!;
  if (/^(---|%YAML)/.test(first)) return true;
  if (!isYamlKeyLine(first) && !yamlItem.test(first)) return false;
  // Top-level lines must be keys or items; deeper lines may be anything (values, blocks).
  const topLevel = lines.filter((l) => !/^\s/.test(l));
  const structured = topLevel.filter((l) => isYamlKeyLine(l) || yamlItem.test(l) || l === '...' || l === '---');
  return structured.length === topLevel.length || (topLevel.length >= 5 && structured.length >= topLevel.length * 0.9);
}

/** CSV or TSV when some delimiter splits every record into the same number (≥ 2) of fields. */
function classifyDelimited(text: string, fileName: string): 'csv' | 'tsv' | undefined {
  const oneLineOk = /\.(csv|tsv)$/i.test(fileName);
  let best: { delimiter: string; fields: number } | undefined;
  for (const delimiter of [',', '\t', ';']) {
    const counts = fieldCounts(text, delimiter);
    if (counts === undefined) continue;
    const { complete, last } = counts;
    if (complete.length === 0) continue;
    const fields = complete[0]!;
    const consistent = fields >= 2 && complete.every((c) => c === fields) && (last === undefined || last <= fields);
    const enough = complete.length >= 2 || oneLineOk;
    if (consistent && enough && (!best || fields > best.fields)) best = { delimiter, fields };
  }
  if (!best) return undefined;
  return best.delimiter === '\t' ? 'tsv' : 'csv';
}

/**
 * Field counts of the records of `text` split by `delimiter`, honouring double quotes (which
 * may span lines). `last` is the count of a final record without a newline, maybe cut off.
 */
function fieldCounts(text: string, delimiter: string): { complete: number[]; last: number | undefined } | undefined {
  const { complete, tail } = countFields(text, delimiter, { maxRecords, crEndsRecord: false, skipBlankLines: false });
  if (complete.length === 0 && tail === 1) return undefined;
  const trailing = complete.length < maxRecords && !text.endsWith('\n') ? tail : undefined;
  return { complete, last: trailing };
}
