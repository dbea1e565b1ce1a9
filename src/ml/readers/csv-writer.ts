/**
 * Writing rows as RFC 4180 CSV, quoting only where needed, so that {@link openRows} reads
 * back exactly the cells written (empty text and null both read back as null).
 */
import type { Cell } from '../table.js';

/** One record as CSV text without the line break; `delimiter` defaults to `,`. */
export function formatCsvRecord(cells: readonly Cell[], delimiter = ','): string {
  return cells.map((cell) => formatCsvField(cell, delimiter)).join(delimiter);
}

/** One field: quoted when it holds the separator, a quote, a line break, or edge spaces. */
export function formatCsvField(cell: Cell, delimiter = ','): string {
  if (cell === null) return '';
  const text = String(cell);
  const needsQuotes = text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header and rows as CSV text with CRLF line ends (RFC 4180). */
export function formatCsv(columns: readonly string[], rows: readonly (readonly Cell[])[], delimiter = ','): string {
  return [columns, ...rows].map((r) => `${formatCsvRecord(r, delimiter)}\r\n`).join('');
}
