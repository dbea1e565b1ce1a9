/**
 * Counting the fields of the records of delimited text, honouring double quotes (a separator
 * or line break inside quotes is text): what the format sniffer and the CSV separator
 * sniffer both decide on.
 */

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

/** The field counts of the records of `text` split by the one-character `delimiter`. */
export function countFields(text: string, delimiter: string, options: FieldCountOptions): FieldCounts {
  const { maxRecords, crEndsRecord, skipBlankLines } = options;
  const complete: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let blank = true;
  for (let i = 0; i < text.length && complete.length < maxRecords; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '\n' || (c === '\r' && crEndsRecord)) {
      if (!(blank && skipBlankLines)) complete.push(fields);
      fields = 1;
      atFieldStart = true;
      blank = true;
      continue;
    }
    if (c === '\r') continue;
    blank = false;
    if (c === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
    } else if (c === delimiter) {
      fields++;
      atFieldStart = true;
    } else {
      atFieldStart = false;
    }
  }
  return { complete, tail: fields, tailBlank: blank };
}
