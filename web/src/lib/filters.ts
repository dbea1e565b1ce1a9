/** Findings filters ⇄ the address query (pure, tested). */
import { isSeverity } from './format.js';

export interface FindingQuery {
  readonly severity?: string;
  readonly scanner?: string;
  readonly status?: 'open' | 'suppressed';
  readonly text?: string;
  readonly offset: number;
}

/** Findings shown per page. */
export const pageSize = 50;
const maxText = 200;

/** Read filters from the route query; values that are not valid are dropped. */
export function findingQueryOf(query: Readonly<Record<string, string>>): FindingQuery {
  const offset = Number.parseInt(query['offset'] ?? '0', 10);
  const status = query['status'];
  const scanner = query['scanner'];
  const text = query['text']?.slice(0, maxText);
  return {
    ...(isSeverity(query['severity']) ? { severity: query['severity'] } : {}),
    ...(scanner !== undefined && /^[a-z0-9:-]{1,80}$/u.test(scanner) ? { scanner } : {}),
    ...(status === 'open' || status === 'suppressed' ? { status } : {}),
    ...(text !== undefined && text.trim() !== '' ? { text: text.trim() } : {}),
    offset: Number.isSafeInteger(offset) && offset > 0 ? offset - (offset % pageSize) : 0,
  };
}

/** The scanner id of a rule id (`pickle/unsafe-global` → `pickle`). */
export function scannerOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash === -1 ? ruleId : ruleId.slice(0, slash);
}

/** `Showing 51–100 of 130`, or `No findings` for an empty page. */
export function pageLabel(offset: number, shown: number, total: number): string {
  if (shown === 0) return total === 0 ? 'No findings' : `Nothing past ${total}`;
  return `Showing ${offset + 1}–${offset + shown} of ${total}`;
}
