import type { SectionInput } from './section.js';
import { cleanText, hangingWrap } from './text.js';

/** Where the other reports of this run went, one per line; nothing when there are none. */
export function renderOutputs({ outputs, style, width }: SectionInput): string[] {
  const entries = Object.entries(outputs).filter(([format]) => format !== 'terminal');
  if (entries.length === 0) return [];
  const column = Math.max(...entries.map(([format]) => format.length)) + 2;
  const lines = [style.bold('Reports')];
  for (const [format, path] of entries) {
    const label = cleanText(format);
    const where = cleanText(path);
    const lead = `  ${label}${' '.repeat(Math.max(1, column - label.length))}`;
    const leadWidth = 2 + Math.max(label.length + 1, column);
    // A path that does not fit beside its label goes on its own line rather than being cut.
    if (leadWidth + where.length > width) lines.push(`  ${label}`, ...hangingWrap(where, width, '    ', 4, 4));
    else lines.push(lead + where);
  }
  return lines;
}
