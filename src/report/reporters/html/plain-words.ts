/**
 * Plain-language wording for the HTML report: descriptor values a non-technical reader
 * understands, dates, sizes and counts. Unknown descriptor values are shown as written.
 */

const criticality: Record<string, string> = {
  credit: 'Credit decisions about people (who gets credit, and on what terms)',
  lending: 'Lending decisions about people',
  insurance: 'Insurance decisions about people',
  employment: 'Employment decisions about people (hiring, promotion, dismissal)',
  hiring: 'Hiring decisions about people',
  education: 'Education decisions about people (admission, grading)',
  health: 'Health or medical decisions',
  medical: 'Health or medical decisions',
  safety: 'Safety-critical operations',
  'critical-infrastructure': 'The running of critical infrastructure',
  'law-enforcement': 'Law-enforcement decisions about people',
  'public-services': 'Access to public services and benefits',
  biometric: 'Identifying people from biometric data',
  content: 'What content people see',
  internal: 'Internal, low-stakes work',
  low: 'Low-stakes decisions',
};

const automation: Record<string, string> = {
  'human-review': 'A person reviews each decision before it takes effect',
  'human-in-the-loop': 'A person reviews each decision before it takes effect',
  'human-on-the-loop': 'Decisions take effect automatically while people watch and can step in',
  monitored: 'Decisions take effect automatically while people watch and can step in',
  advisory: 'It only advises; a person makes the decision',
  'decision-support': 'It only advises; a person makes the decision',
  assistive: 'It only advises; a person makes the decision',
  full: 'Decisions take effect automatically, with no person reviewing them',
  automated: 'Decisions take effect automatically, with no person reviewing them',
  'fully-automated': 'Decisions take effect automatically, with no person reviewing them',
  autonomous: 'It acts on its own, with no person reviewing its actions',
};

const exposure: Record<string, string> = {
  internal: 'Only people and systems inside the organisation can reach it',
  private: 'Only people and systems inside the organisation can reach it',
  partner: 'Partner organisations can reach it over the network',
  partners: 'Partner organisations can reach it over the network',
  customer: 'Customers can reach it',
  customers: 'Customers can reach it',
  public: 'Anyone on the internet can reach it',
  internet: 'Anyone on the internet can reach it',
  offline: 'It is not reachable over a network',
  none: 'It is not reachable over a network',
};

function lookup(table: Record<string, string>, value: string): string {
  return Object.hasOwn(table, value.toLowerCase()) ? table[value.toLowerCase()]! : value;
}

/** What the system decides about (descriptor `criticality`), in plain words. */
export function describeCriticality(value: string): string {
  return lookup(criticality, value);
}

/** How much a person is involved (descriptor `automation`), in plain words. */
export function describeAutomation(value: string): string {
  return lookup(automation, value);
}

/** Who can reach the system (descriptor `exposure`), in plain words. */
export function describeExposure(value: string): string {
  return lookup(exposure, value);
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `25 November 2026`, in UTC so the same report always renders the same page. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** `25 November 2026, 10:00 UTC`. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(iso)}, ${hh}:${mm} UTC`;
}

/** How long a run took: `5 s`, `3 min 20 s`, `1 h 5 min`. */
export function formatDuration(fromIso: string, toIso: string): string {
  const ms = new Date(toIso).getTime() - new Date(fromIso).getTime();
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
}

/** A byte count as people read it: `512 B`, `2.2 MB` (powers of 1024). */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** `1 problem` / `2 problems`; `none` style words are the caller's business. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Join words as people do: `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
