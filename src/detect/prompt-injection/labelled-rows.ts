/**
 * Labelled prompt-injection rows (the development set, extra training rows, held-out test
 * sets): one JSON object per line with the text, its label and where it came from. Reading is
 * strict: a row that is not an object, or lacks a field, is an error naming the file and line.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';

/** One labelled text. */
export interface LabelledRow {
  readonly id: string;
  readonly text: string;
  readonly label: 'injection' | 'benign';
  /** Where the row came from (a dataset key); the unit of leave-one-source-out evaluation. */
  readonly source: string;
  /** `family:subtype…`, e.g. `indirect:email:middle`, `hard_negative:roleplay`. */
  readonly category: string;
  /** Language tag (`en`, `fr`, …; `und` when unknown). */
  readonly lang: string;
  /** `clean`, `noisy` (label assumed from the source) or `context_dependent` (an attack only given a system prompt). */
  readonly quality: string;
}

const RowSchema = z.object({
  id: z.string().min(1).max(200),
  text: z.string().max(1 << 20),
  label: z.enum(['injection', 'benign']),
  source: z.string().min(1).max(200),
  category: z.string().min(1).max(200),
  lang: z.string().min(1).max(20),
  quality: z.string().min(1).max(40),
});

/** Largest file {@link readLabelledRows} reads. */
export const MAX_ROWS_FILE_BYTES = 256 << 20;

/** Parse JSON Lines text into rows; `place` names the source in errors. Blank lines are skipped. */
export function parseLabelledRows(jsonl: string, place: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  const lines = jsonl.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new AisecError('ERR_DETECT_INPUT', `${place}:${i + 1}: not valid JSON (${(error as Error).message}); each line must be one JSON object.`, {
        details: { place: `${place}:${i + 1}` },
      });
    }
    const parsed = RowSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'row';
      throw new AisecError('ERR_DETECT_INPUT', `${place}:${i + 1}: ${field}: ${issue?.message ?? 'invalid'}; a row needs id, text, label (injection|benign), source, category, lang and quality.`, {
        details: { place: `${place}:${i + 1}`, field },
      });
    }
    const { id, text, label, source, category, lang, quality } = parsed.data;
    rows.push({ id, text, label, source, category, lang, quality });
  }
  return rows;
}

/** Read a JSON Lines file of rows. */
export function readLabelledRows(file: string): LabelledRow[] {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_ROWS_FILE_BYTES) {
      throw new AisecError('ERR_DETECT_INPUT', `${file}: ${bytes.length} bytes is more than the ${MAX_ROWS_FILE_BYTES}-byte limit for a rows file; split it.`, { details: { place: file } });
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof AisecError) throw error;
    throw new AisecError('ERR_DETECT_INPUT', `${file}: cannot be read (${(error as Error).message}); give the path of a JSON Lines file.`, { details: { place: file }, cause: error });
  }
  return parseLabelledRows(text, file);
}

/** The family of a category: the part before the first colon (`indirect` for `indirect:email:start`). */
export function categoryFamily(category: string): string {
  const colon = category.indexOf(':');
  return colon === -1 ? category : category.slice(0, colon);
}
