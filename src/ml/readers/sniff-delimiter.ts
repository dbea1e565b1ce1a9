import { countFields } from '../../inventory/index.js';

/** Separators tried when a CSV file does not say which it uses, most common first. */
export const candidateDelimiters = [',', '\t', ';', '|'] as const;

/** Records looked at. */
const sampleRecords = 100;

/**
 * The field separator of delimited text: the candidate that splits the sampled records into
 * the same number (at least 2) of fields most often, preferring more fields on a tie.
 * `,` when nothing fits (a one-column file).
 */
export function sniffDelimiter(text: string): string {
  let best = { delimiter: ',' as string, share: 0, fields: 1 };
  for (const delimiter of candidateDelimiters) {
    const counts = fieldCounts(text, delimiter);
    if (counts.length === 0) continue;
    const byCount = new Map<number, number>();
    for (const c of counts) byCount.set(c, (byCount.get(c) ?? 0) + 1);
    const [fields, hits] = [...byCount.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (fields < 2) continue;
    const share = hits / counts.length;
    if (share > best.share + 1e-9 || (Math.abs(share - best.share) <= 1e-9 && fields > best.fields)) best = { delimiter, share, fields };
  }
  return best.delimiter;
}

/** Field counts of the records of `text` for one separator, honouring double quotes; blank lines are skipped. */
function fieldCounts(text: string, delimiter: string): number[] {
  const { complete, tail, tailBlank } = countFields(text, delimiter, { maxRecords: sampleRecords, crEndsRecord: true, skipBlankLines: true });
  // The last record counts only when the sample holds the whole file (it ends with a line break or is short).
  if (!tailBlank && complete.length === 0) complete.push(tail);
  return complete;
}
