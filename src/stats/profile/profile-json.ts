/**
 * Column profiles as canonical JSON (format `aisec.column-profile`, version 1): keys in sorted
 * order, no whitespace, so equal profiles give equal text. Reading checks the text against a
 * strict schema and the profile's own invariants (counts add up, the sketch's weights sum to
 * its n), so hostile or corrupted JSON becomes an `AisecError` naming the field, never a
 * profile that lies.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import type { Category } from '../histogram.js';
import { ColumnProfile, compareCategories, MAX_CATEGORIES_LIMIT, MAX_EDGES } from './column-profile.js';
import { KLL_MAX_K, KLL_MIN_K, KllSketch, kllMaxItems } from './kll.js';

export const PROFILE_FORMAT = 'aisec.column-profile';
export const PROFILE_VERSION = 1;
/** Longest profile text accepted (a profile of the default size is a few kilobytes). */
export const MAX_PROFILE_JSON = 4 * 1024 * 1024;
const maxLevels = 64;

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const finite = z.number().finite();

const sketchSchema = z.strictObject({
  coin: z.number().int().min(1).max(0xffffffff),
  k: z.number().int().min(KLL_MIN_K).max(KLL_MAX_K),
  levels: z.array(z.array(finite).max(2 * KLL_MAX_K + 2)).min(1).max(maxLevels),
  max: finite.nullable(),
  min: finite.nullable(),
  n: count,
});

const numericalSchema = z.strictObject({
  count,
  format: z.literal(PROFILE_FORMAT),
  histogram: z
    .strictObject({
      above: count,
      below: count,
      counts: z.array(count).max(MAX_EDGES - 1),
      edges: z.array(z.number().nullable()).min(2).max(MAX_EDGES),
    })
    .nullable(),
  infinite: count,
  m2: finite.nonnegative(),
  mean: finite.nullable(),
  missing: count,
  sketch: sketchSchema,
  type: z.literal('numerical'),
  version: z.literal(PROFILE_VERSION),
});

const categorySchema = z.strictObject({ count: count.min(1), value: z.union([z.string().max(4096), finite, z.boolean()]) });

const categoricalSchema = z.strictObject({
  categories: z.array(categorySchema).max(MAX_CATEGORIES_LIMIT),
  count,
  format: z.literal(PROFILE_FORMAT),
  maxCategories: z.number().int().min(1).max(MAX_CATEGORIES_LIMIT),
  missing: count,
  other: count,
  type: z.literal('categorical'),
  version: z.literal(PROFILE_VERSION),
});

const profileSchema = z.discriminatedUnion('type', [numericalSchema, categoricalSchema]);

/** JSON cannot hold ±Infinity: outer edges of ±∞ are written as null. */
const edgeOut = (e: number) => (Number.isFinite(e) ? e : null);

/** The profile as a canonical JSON value (keys already in sorted order). */
export function profileToJsonValue(p: ColumnProfile): Record<string, unknown> {
  if (p.type === 'categorical') {
    return {
      categories: [...p.categories].sort(compareCategories).map(([value, c]) => ({ count: c, value })),
      count: p.count,
      format: PROFILE_FORMAT,
      maxCategories: p.maxCategories,
      missing: p.missing,
      other: p.other,
      type: 'categorical',
      version: PROFILE_VERSION,
    };
  }
  const s = p.sketch.toState();
  const e = p.edgeCounts;
  return {
    count: p.count,
    format: PROFILE_FORMAT,
    histogram: e ? { above: e.above, below: e.below, counts: [...e.counts], edges: [...e.edges].map(edgeOut) } : null,
    infinite: p.infinite,
    m2: p.m2,
    mean: s.n ? p.mean : null,
    missing: p.missing,
    sketch: { coin: s.coin, k: s.k, levels: s.levels, max: s.n ? s.max : null, min: s.n ? s.min : null, n: s.n },
    type: 'numerical',
    version: PROFILE_VERSION,
  };
}

/**
 * Canonical JSON text of a profile.
 *
 * @example
 * profileToJson(profileColumn([1, 2, 3], { type: 'numerical' })); // '{"count":3,"format":"aisec.column-profile",...}'
 */
export function profileToJson(p: ColumnProfile): string {
  return JSON.stringify(profileToJsonValue(p));
}

function invalid(field: string, problem: string): AisecError {
  return new AisecError('ERR_STATS_INPUT', `Profile JSON: ${field} ${problem}. Rebuild the profile from data, or restore it from a good copy.`, { details: { field } });
}

/** Read a profile from its JSON text (or an already parsed value), checking every field. */
export function profileFromJson(input: string | unknown): ColumnProfile {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PROFILE_JSON) throw invalid('(text)', `is ${input.length} characters, more than the ${MAX_PROFILE_JSON} allowed`);
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw invalid('(text)', `is not valid JSON (${(e as Error).message})`);
    }
  }
  const parsed = profileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.path.length ? issue.path.join('.') : '(root)', `is not valid: ${issue.message}`);
  }
  const d = parsed.data;
  if (d.type === 'categorical') {
    const p = new ColumnProfile({ type: 'categorical', maxCategories: d.maxCategories });
    if (d.categories.length > d.maxCategories) throw invalid('categories', `holds ${d.categories.length} categories, more than maxCategories ${d.maxCategories}`);
    let sum = d.other;
    d.categories.forEach((c, i) => {
      if (p.categories.has(c.value as Category)) throw invalid(`categories.${i}.value`, `repeats the category ${JSON.stringify(c.value)}`);
      p.categories.set(c.value as Category, c.count);
      sum += c.count;
    });
    if (sum !== d.count) throw invalid('count', `is ${d.count} but the categories and other add up to ${sum}`);
    p.count = d.count;
    p.missing = d.missing;
    p.other = d.other;
    return p;
  }
  const s = d.sketch;
  let weight = 0;
  let items = 0;
  s.levels.forEach((l, h) => {
    weight += l.length * 2 ** h;
    items += l.length;
  });
  if (weight !== s.n) throw invalid('sketch.levels', `carry a weight of ${weight}, not the sketch's n ${s.n}`);
  if (items > kllMaxItems(s.k, s.levels.length)) throw invalid('sketch.levels', `hold ${items} items, more than a sketch of k ${s.k} keeps`);
  if (s.n + d.infinite !== d.count) throw invalid('count', `is ${d.count} but the sketch holds ${s.n} finite values and infinite is ${d.infinite}`);
  if (s.n > 0) {
    if (s.min === null || s.max === null || d.mean === null || !(s.min <= s.max)) throw invalid('sketch.min', 'and sketch.max must be numbers with min ≤ max when the sketch has values');
    for (const l of s.levels) for (const v of l) if (v < s.min || v > s.max) throw invalid('sketch.levels', `hold ${v}, outside [min, max]`);
    if (d.mean < s.min || d.mean > s.max) throw invalid('mean', `is ${d.mean}, outside [min, max]`);
  }
  let edges: number[] | undefined;
  if (d.histogram) {
    const h = d.histogram;
    const last = h.edges.length - 1;
    edges = h.edges.map((e, i) => (e === null ? (i === 0 ? -Infinity : i === last ? Infinity : Number.NaN) : e));
    edges.forEach((e, i) => {
      if (Number.isNaN(e) || (i > 0 && !(e > edges![i - 1]!))) throw invalid(`histogram.edges.${i}`, 'must be increasing numbers (null only for an outer edge of ±∞)');
    });
    if (h.counts.length !== last) throw invalid('histogram.counts', `has ${h.counts.length} bins, but ${h.edges.length} edges make ${last}`);
    const sum = h.counts.reduce((t, c) => t + c, h.below + h.above);
    if (sum !== s.n) throw invalid('histogram.counts', `add up to ${sum}, not the ${s.n} finite values`);
  }
  const p = new ColumnProfile({ type: 'numerical', k: s.k, ...(edges ? { edges } : {}) });
  p.count = d.count;
  p.missing = d.missing;
  p.infinite = d.infinite;
  p.mean = d.mean ?? 0;
  p.m2 = d.m2;
  p.sketch = KllSketch.fromState({ k: s.k, n: s.n, min: s.min ?? Infinity, max: s.max ?? -Infinity, coin: s.coin, levels: s.levels });
  if (p.edgeCounts && d.histogram) p.edgeCounts = { ...p.edgeCounts, counts: Float64Array.from(d.histogram.counts), below: d.histogram.below, above: d.histogram.above };
  return p;
}
