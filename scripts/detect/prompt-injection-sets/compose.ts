/**
 * Seeded assembly helpers: a payload placed in one slot of a carrier document, made-up blobs
 * (base64, hex, signed tokens, UUIDs) filled into code templates, ordinary markdown addresses
 * with query strings, exfiltration templates filled with hosts, and long documents assembled
 * from paragraphs.
 */
import { randomBytes, randomInt, sample, shuffle, type Rng } from '../../../src/stats/index.js';
import type { Carrier, LongDocumentTheme } from './types.js';

export const SLOT = '{{INJECT}}';

export function pick<T>(items: readonly T[], rng: Rng): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[randomInt(rng, items.length)]!;
}

/** Blank lines and trailing spaces left by an emptied slot are tidied; indentation is kept. */
function tidy(text: string): string {
  return text
    .replace(/(?<=\S) {2,}(?=\S)/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Number of slots in a carrier. */
export function slotCount(carrier: Carrier): number {
  return carrier.text.split(SLOT).length - 1;
}

/** The carrier with every slot emptied: the clean document. */
export function cleanCarrier(carrier: Carrier): string {
  return tidy(carrier.text.split(SLOT).join(''));
}

/** The carrier with `payload` in slot `slot` (0-based) and the other slots emptied. */
export function injectCarrier(carrier: Carrier, payload: string, slot: number): string {
  const parts = carrier.text.split(SLOT);
  const escaped = carrier.json === true ? JSON.stringify(payload).slice(1, -1) : payload;
  // A slot written flush against a word gets a space on that side, so the payload stays a separate sentence.
  const before = parts[slot]!.slice(-1);
  const after = parts[slot + 1]!.slice(0, 1);
  const body = `${/[\p{L}\p{N}.,;:!?)]/u.test(before) ? ' ' : ''}${escaped}${/[\p{L}\p{N}]/u.test(after) ? ' ' : ''}`;
  return tidy(parts.reduce((acc, part, i) => (i === 0 ? part : acc + (i - 1 === slot ? body : '') + part), ''));
}

function base64Url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** A made-up HS256 token: real structure, random signature, harmless claims. */
export function madeUpJwt(subject: string, rng: Rng): string {
  const issued = 1_700_000_000 + randomInt(rng, 60_000_000);
  const header = base64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = base64Url(JSON.stringify({ sub: subject, iat: issued, exp: issued + 3600, scope: 'read' }));
  return `${header}.${claims}.${base64Url(randomBytes(rng, 32))}`;
}

/** A made-up version-4 UUID. */
export function madeUpUuid(rng: Rng): string {
  const h = randomBytes(rng, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Fill the blob slots of a code template (see CodeBlobSources). */
export function fillBlobs(template: string, plaintexts: readonly string[], subjects: readonly string[], rng: Rng): string {
  return template.replace(/\{\{(B64|B64URL|HEX):(\d+)\}\}|\{\{(JWT|UUID|B64TEXT)\}\}/g, (_m, sized: string | undefined, n: string | undefined, bare: string | undefined) => {
    if (sized === 'B64') return randomBytes(rng, Number(n)).toString('base64');
    if (sized === 'B64URL') return randomBytes(rng, Number(n)).toString('base64url');
    if (sized === 'HEX') return randomBytes(rng, Number(n)).toString('hex');
    if (bare === 'JWT') return madeUpJwt(pick(subjects, rng), rng);
    if (bare === 'UUID') return madeUpUuid(rng);
    return Buffer.from(pick(plaintexts, rng), 'utf8').toString('base64');
  });
}

const UTM_SOURCES = ['newsletter', 'twitter', 'linkedin', 'partner', 'rss', 'mastodon', 'email'];
const UTM_MEDIUMS = ['email', 'social', 'referral', 'cpc', 'banner'];

/** An ordinary link address, usually with tracking parameters. */
export function linkAddress(hosts: readonly string[], paths: readonly string[], campaigns: readonly string[], rng: Rng): string {
  const base = `https://${pick(hosts, rng)}/${pick(paths, rng)}`;
  const style = randomInt(rng, 4);
  if (style === 0) return base;
  if (style === 1) return `${base}?utm_source=${pick(UTM_SOURCES, rng)}&utm_medium=${pick(UTM_MEDIUMS, rng)}&utm_campaign=${pick(campaigns, rng)}`;
  if (style === 2) return `${base}?ref=${pick(UTM_SOURCES, rng)}&page=${1 + randomInt(rng, 9)}`;
  return `${base}?utm_campaign=${pick(campaigns, rng)}&id=${randomInt(rng, 90_000) + 10_000}#section-${1 + randomInt(rng, 6)}`;
}

/** An ordinary image address, often with size or cache parameters. */
export function imageAddress(hosts: readonly string[], imagePaths: readonly string[], rng: Rng): string {
  const base = `https://${pick(hosts, rng)}/${pick(imagePaths, rng)}`;
  const style = randomInt(rng, 3);
  if (style === 0) return base;
  if (style === 1) return `${base}?w=${pick([320, 640, 800, 1200], rng)}&q=${pick([70, 75, 80, 90], rng)}`;
  return `${base}?v=${randomBytes(rng, 4).toString('hex')}`;
}

/** Fill `{{URL}}` and `{{IMG}}` slots (each occurrence gets its own address). */
export function fillLinks(template: string, hosts: readonly string[], paths: readonly string[], imagePaths: readonly string[], campaigns: readonly string[], rng: Rng): string {
  return template.replace(/\{\{(URL|IMG)\}\}/g, (_m, kind: string) => (kind === 'URL' ? linkAddress(hosts, paths, campaigns, rng) : imageAddress(hosts, imagePaths, rng)));
}

/** Fill `{{HOST}}` and `{{PARAM}}` (one host and one parameter name per text). */
export function fillExfiltration(template: string, hosts: readonly string[], params: readonly string[], rng: Rng): string {
  const host = pick(hosts, rng);
  const param = pick(params, rng);
  return template.replaceAll('{{HOST}}', host).replaceAll('{{PARAM}}', param);
}

/**
 * A long document: the theme's title and a random selection of its paragraphs, kept in reading
 * order, until the text reaches a length drawn between `min` and `max` characters (never beyond
 * `max`; shorter when the theme runs out of paragraphs).
 */
export function longDocument(theme: LongDocumentTheme, min: number, max: number, rng: Rng): string[] {
  const title = `# ${theme.title}`;
  const total = theme.paragraphs.reduce((n, p) => n + p.length + 2, title.length);
  const target = min + randomInt(rng, Math.max(1, Math.min(max, total) - min));
  let length = title.length;
  const chosen = new Set<number>();
  for (const i of shuffle(theme.paragraphs.map((_, i) => i), rng)) {
    const p = theme.paragraphs[i]!;
    if (length + p.length + 2 > max) continue;
    chosen.add(i);
    length += p.length + 2;
    if (length >= target) break;
  }
  return [title, ...theme.paragraphs.filter((_, i) => chosen.has(i))];
}

/** `parts` joined as paragraphs with `payload` between two of them (never before the title). */
export function insertBetween(parts: readonly string[], payload: string, rng: Rng): string {
  const at = 1 + randomInt(rng, parts.length);
  return [...parts.slice(0, at), payload, ...parts.slice(at)].join('\n\n');
}

/** `k` distinct items when there are enough; otherwise every item, then repeats (all in random order). */
export function cycleSample<T>(items: readonly T[], k: number, rng: Rng): T[] {
  const out: T[] = [];
  while (out.length < k) out.push(...sample(items, Math.min(items.length, k - out.length), rng));
  return out;
}
