/**
 * Taxonomy entries as plain text for a terminal, and as JSON with the names of the entries
 * they link to: what `aisec taxonomy show|search` print.
 */
import { frameworkNames, type TaxonomyEntry } from './entry.js';
import { taxonomyEntry } from './lookup.js';
import type { TaxonomyHit } from './search.js';

/** How link relations are headed, in this order; others follow under their own name. */
const relationHeadings: readonly [string, string][] = [
  ['tactic', 'Tactics'],
  ['mitigated by', 'Mitigated by'],
  ['mitigates', 'Mitigates'],
  ['addressed by', 'Addressed by'],
  ['addresses', 'Addresses'],
  ['used in', 'Used in case studies'],
  ['uses', 'Uses'],
  ['OWASP item', 'OWASP'],
  ['maps to', 'Maps to'],
  ['CoSAI', 'CoSAI'],
  ['component', 'Components'],
  ['persona', 'Personas'],
  ['feeds', 'Feeds'],
  ['fed by', 'Fed by'],
];

const childHeadings: Readonly<Record<string, string>> = {
  technique: 'Sub-techniques',
  tactic: 'Techniques',
  function: 'Categories',
  category: 'Subcategories',
  objective: 'Controls',
  article: 'Paragraphs',
};

/** Kinds whose name is little more than their number; a list shows the start of their text too. */
const numberedKinds = new Set(['category', 'subcategory', 'paragraph']);

/** What to show beside an id in a list: the name without the id, and the start of the text for numbered items. */
function label(entry: TaxonomyEntry): string {
  const rest = entry.name.startsWith(entry.id) ? entry.name.slice(entry.id.length).trim() : entry.name;
  if (!numberedKinds.has(entry.kind)) return rest;
  const text = entry.description.replace(/\s+/g, ' ').trim();
  return `${rest} ${text.length > 70 ? `${text.slice(0, 69)}…` : text}`.trim();
}

function named(id: string): string {
  const entry = taxonomyEntry(id);
  const text = entry ? label(entry) : '';
  return text ? `${id}  ${text}` : id;
}

/** An entry as text: header, where it sits, its description, then its children and links by kind. */
export function renderTaxonomyEntry(entry: TaxonomyEntry): string {
  const lines: string[] = [];
  lines.push(entry.name.startsWith(entry.id) ? entry.name : `${entry.id}  ${entry.name}`);
  lines.push(`${frameworkNames[entry.framework]} ${entry.version} · ${entry.kind}${entry.parent ? ` · part of ${named(entry.parent)}` : ''}`);
  if (entry.description) lines.push('', entry.description.trim());
  const sections: [string, string[]][] = [];
  if (entry.children.length > 0) sections.push([childHeadings[entry.kind] ?? 'Contains', [...entry.children]]);
  const relations = [...new Set(entry.links.map((l) => l.relation))].sort((a, b) => {
    const ia = relationHeadings.findIndex(([r]) => r === a);
    const ib = relationHeadings.findIndex(([r]) => r === b);
    return (ia < 0 ? relationHeadings.length : ia) - (ib < 0 ? relationHeadings.length : ib);
  });
  for (const relation of relations) {
    const heading = relationHeadings.find(([r]) => r === relation)?.[1] ?? relation;
    sections.push([heading, entry.links.filter((l) => l.relation === relation).map((l) => l.id)]);
  }
  for (const [heading, ids] of sections) {
    lines.push('', `${heading}:`);
    for (const id of ids) lines.push(`  ${named(id)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** An entry as JSON-ready data, each link with the name of the entry it points to. */
export function taxonomyEntryJson(entry: TaxonomyEntry): Record<string, unknown> {
  return {
    ...entry,
    links: entry.links.map((l) => ({ ...l, name: taxonomyEntry(l.id)?.name ?? null })),
  };
}

/** Search hits as text, one a line: id, name, framework and kind. */
export function renderTaxonomyHits(hits: readonly TaxonomyHit[]): string {
  if (hits.length === 0) return '';
  const width = Math.min(28, Math.max(...hits.map((h) => h.entry.id.length)));
  return hits.map(({ entry }) => `${entry.id.padEnd(width)}  ${label(entry)}  (${frameworkNames[entry.framework]}, ${entry.kind})`).join('\n') + '\n';
}
