/**
 * Training-time variants of labelled rows with their incidental tokens swapped for made-up ones:
 * host names under reserved or common top-level domains, and quoted all-capital marker phrases
 * ("PWNED", “ACCESS GRANTED”). A set's attacks reuse a handful of hosts and marker phrases, and a
 * model trained on them learns those strings instead of the instructions around them; the variant
 * keeps the instructions and changes the strings, so it pays to learn the instructions. Seeded and
 * pure: the same row and seed give the same variant.
 */
import { createRng } from '../../stats/index.js';
import type { LabelledRow } from './labelled-rows.js';

/** Host names: labels of letters, digits and hyphens ending in a reserved or common top-level domain. */
const HOST = /\b(?:[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?\.)+(?:example|invalid|test|com|net|org|io)\b/gi;
/** A quoted run of capitals, digits, spaces, hyphens and ! of 3–30 characters. */
const MARKER = /(["“«„'])([A-Z][A-Z0-9 !-]{2,29})(["”»“'])/g;

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'ro', 'zu', 'pel', 'dax', 'nor', 'si', 'bru', 'fen', 'tal', 'qui', 'mor', 'ga', 'lix', 'po', 'wen'];
const TLDS = ['example', 'invalid', 'test', 'com', 'net', 'org', 'io'];
const SUBDOMAINS = ['', '', 'cdn.', 'api.', 'img.', 'mail.', 'static.', 'files.', 'login.', 'track.'];

function word(rng: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!;
  return out;
}

/** The row's text with hosts and quoted markers replaced (each distinct string consistently), or undefined when it has neither. */
export function variantText(text: string, seed: number): string | undefined {
  const rng = createRng(seed);
  const hosts = new Map<string, string>();
  const markers = new Map<string, string>();
  let changed = false;
  let out = text.replace(HOST, (host) => {
    const key = host.toLowerCase();
    let made = hosts.get(key);
    if (made === undefined) {
      const sub = SUBDOMAINS[Math.floor(rng() * SUBDOMAINS.length)]!;
      const tld = TLDS[Math.floor(rng() * TLDS.length)]!;
      hosts.set(key, (made = `${sub}${word(rng, 2 + Math.floor(rng() * 2))}.${tld}`));
    }
    changed = true;
    return made;
  });
  out = out.replace(MARKER, (_, open: string, marker: string, close: string) => {
    let made = markers.get(marker);
    if (made === undefined) {
      const parts = 1 + Math.floor(rng() * 2);
      const words = Array.from({ length: parts }, () => word(rng, 2 + Math.floor(rng() * 2)).toUpperCase());
      const suffix = rng() < 0.3 ? `-${1 + Math.floor(rng() * 99)}` : '';
      markers.set(marker, (made = words.join(' ') + suffix));
    }
    changed = true;
    return `${open}${made}${close}`;
  });
  return changed && out !== text ? out : undefined;
}

/** A variant of each row that has hosts or quoted markers (undefined for the others), seeded per row position. */
export function augmentRows(rows: readonly LabelledRow[], seed: number): (LabelledRow | undefined)[] {
  return rows.map((row, i) => {
    const text = variantText(row.text, (seed * 1_000_003 + i) >>> 0);
    return text === undefined ? undefined : { ...row, id: `${row.id}#variant`, text };
  });
}
