/**
 * The hash router's pure half: `#/findings?system=x&severity=high` ⇄ a route. Hash routing needs
 * no server rewrites: every page is `index.html` plus a fragment the server never sees.
 */

/** The pages of the dashboard, in navigation order. */
export const pages = ['overview', 'inventory', 'findings', 'risks', 'incidents', 'gateway', 'monitoring'] as const;
export type PageId = (typeof pages)[number] | 'login' | 'incident' | 'not-found';

/** Navigation labels. */
export const pageTitles: Record<(typeof pages)[number], string> = {
  overview: 'Overview',
  inventory: 'Inventory',
  findings: 'Findings',
  risks: 'Risk register',
  incidents: 'Incidents',
  gateway: 'Gateway',
  monitoring: 'Monitoring',
};

/** A parsed location. */
export interface Route {
  readonly page: PageId;
  /** The path segment after the page (an incident id). */
  readonly id?: string;
  readonly query: Readonly<Record<string, string>>;
}

const maxHash = 2_000;

/** Parse `location.hash`. Unknown pages give `not-found`; over-long or malformed parts are dropped. */
export function parseHash(hash: string): Route {
  const text = hash.slice(0, maxHash).replace(/^#/u, '');
  const [pathPart = '', queryPart = ''] = text.split('?', 2);
  const segments = pathPart.split('/').filter((s) => s !== '').map(safeDecode);
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(queryPart)) if (k !== '' && !(k in query)) query[k] = v;
  const [first, second] = segments;
  if (first === undefined) return { page: 'overview', query };
  if (first === 'login') return { page: 'login', query };
  if (first === 'incidents' && second !== undefined && second !== null) return { page: 'incident', id: second, query };
  if (first !== null && (pages as readonly string[]).includes(first) && segments.length === 1) return { page: first as PageId, query };
  return { page: 'not-found', query };
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The hash for a page, with its query (empty values left out, keys sorted for stable links). */
export function hrefFor(page: PageId, query: Readonly<Record<string, string | undefined>> = {}, id?: string): string {
  const path = page === 'overview' ? '/' : page === 'incident' ? `/incidents/${encodeURIComponent(id ?? '')}` : `/${page}`;
  const params = new URLSearchParams();
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const q = params.toString();
  return `#${path}${q === '' ? '' : `?${q}`}`;
}
