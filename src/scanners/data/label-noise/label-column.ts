import { AisecError } from '../../../core/errors.js';
import { didYouMean } from '../../../core/suggest.js';
import { cellCategory, columnIndex, type Table } from '../../../ml/index.js';

/** The label of each row (trimmed text, null when empty) and the sorted class names. */
export interface LabelValues {
  readonly labels: readonly (string | null)[];
  readonly classes: readonly string[];
}

/**
 * Read the label column of a table, or fail with ERR_DATA_COLUMN naming the columns there are
 * (and the closest one, for a typo).
 */
export function readLabels(table: Table, labelColumn: string): LabelValues {
  const at = columnIndex(table, labelColumn);
  if (at < 0) throw missingColumn(table, labelColumn);
  const labels = table.rows.map((row) => cellCategory(row[at]));
  const classes = [...new Set(labels.filter((l): l is string => l !== null))].sort(compareLabels);
  return { labels, classes };
}

/** The error for a column that is not in the table, listing the ones that are. */
export function missingColumn(table: Table, name: string): AisecError {
  const hint = didYouMean(name, table.columns);
  const shown = table.columns.slice(0, 30).map((c) => JSON.stringify(c)).join(', ');
  const more = table.columns.length > 30 ? ` and ${table.columns.length - 30} more` : '';
  const available = table.columns.length === 0 ? 'The data has no columns.' : `Columns in the data: ${shown}${more}.`;
  return new AisecError('ERR_DATA_COLUMN', `The label column "${name}" is not in the data.${hint ? ` Did you mean "${hint}"?` : ''} ${available}`, {
    details: { column: name, columns: table.columns.slice(0, 200) },
  });
}

/** Numbers in numeric order, then text: class lists read naturally (2 before 10). */
function compareLabels(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y || (a < b ? -1 : a > b ? 1 : 0);
  if (Number.isFinite(x)) return -1;
  if (Number.isFinite(y)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
