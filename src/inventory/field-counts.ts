/**
 * Counting the fields of the records of delimited text, honouring double quotes (a separator
 * or line break inside quotes is text): what the format sniffer and the CSV separator
 * sniffer both decide on.
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** How records end and which count. */
export interface FieldCountOptions {
  /** Records looked at; the scan stops after this many. */
  readonly maxRecords: number;
  /** Whether a CR ends a record as a LF does (a CRLF then ends one, followed by an empty line); otherwise a CR is ignored. */
  readonly crEndsRecord: boolean;
  /** Whether empty lines are left out; otherwise each is a record of one field. */
  readonly skipBlankLines: boolean;
}

/** Field counts of the records of some text. */
export interface FieldCounts {
  /** Counts of the records ended by a line break, in order (at most `maxRecords`). */
  readonly complete: number[];
  /** Fields of the text after the last record counted (1 when that text is empty). */
  readonly tail: number;
  /** Whether there is no text after the last record counted (nothing, or only line breaks). */
  readonly tailBlank: boolean;
}

/** The field counts of the records of `text` split by `delimiter` (one UTF-16 unit). */
export function countFields(text: string, delimiter: string, options: FieldCountOptions): FieldCounts {
  const complete: number[] = [];
  const tail = scanRecords(text, delimiter.charCodeAt(0), options, complete);
  return { complete, tail: tail === 0 ? 1 : tail, tailBlank: tail === 0 };
}

/**
 * Push the field counts of the records onto `complete`; return the fields of the text after
 * the last record counted, 0 when there is none. The loop's exit computes nothing new: a
 * loop optimised while running has no type feedback for code after it, and such code would
 * throw the optimised loop away on every call.
 */
function scanRecords(text: string, separator: number, options: FieldCountOptions, complete: number[]): number {
  const { maxRecords, crEndsRecord, skipBlankLines } = options;
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let blank = true;
  for (let i = 0; i < text.length && complete.length < maxRecords; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === LF || (c === CR && crEndsRecord)) {
      if (!(blank && skipBlankLines)) complete.push(fields);
      fields = 1;
      atFieldStart = true;
      blank = true;
      continue;
    }
    if (c === CR) continue;
    blank = false;
    if (c === QUOTE && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
    } else if (c === separator) {
      fields++;
      atFieldStart = true;
    } else {
      atFieldStart = false;
    }
  }
  // Blank text after the last record is always one (empty) field.
  return blank ? 0 : fields;
}
