/**
 * Guarded helpers for the cross-field checks of the descriptor schema. The checks run even
 * when parts of the input are invalid, so that every problem is reported at once; these
 * helpers never assume a shape.
 */
import type { z } from 'zod';
import { didYouMean } from '../core/suggest.js';

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of `list` that are objects, with their index; non-arrays give nothing. */
export function recordsOf(list: unknown): Array<[Record<string, unknown>, number]> {
  if (!Array.isArray(list)) return [];
  const out: Array<[Record<string, unknown>, number]> = [];
  list.forEach((item: unknown, i) => {
    if (isRecord(item)) out.push([item, i]);
  });
  return out;
}

/** The string `name` fields of a list of entries, first occurrence wins. */
export function namesOf(list: unknown): Map<string, number> {
  const names = new Map<string, number>();
  for (const [item, i] of recordsOf(list)) {
    if (typeof item.name === 'string' && !names.has(item.name)) names.set(item.name, i);
  }
  return names;
}

/** Add an issue for every entry of `list` whose `name` was already used earlier in the list. */
export function reportDuplicateNames(list: unknown, key: string, ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  for (const [item, i] of recordsOf(list)) {
    if (typeof item.name !== 'string') continue;
    const first = seen.get(item.name);
    if (first === undefined) seen.set(item.name, i);
    else ctx.addIssue({ code: 'custom', path: [key, i, 'name'], message: `name "${item.name}" is used twice in ${key} (first at ${key}[${first}])` });
  }
}

/**
 * A did-you-mean suffix for a message (`; did you mean "x"?`), or '' when nothing is close.
 * Names shorter than three characters get no hint: every short name is "close" to another.
 */
export function hint(input: string, candidates: Iterable<string>): string {
  if (input.length < 3) return '';
  const best = didYouMean(input, candidates);
  return best === undefined ? '' : `; did you mean "${best}"?`;
}
