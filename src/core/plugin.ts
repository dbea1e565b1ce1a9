import { z } from 'zod';
import { AisecError } from './errors.js';
import { TaxonomyTagsSchema, type TaxonomyTagsInput } from './taxonomy-tags.js';

/** Metadata every plugin carries; checked by the plugin contract test. */
export interface PluginMeta<O extends z.ZodType = z.ZodType> {
  /** kebab-case, unique within its kind; colon namespaces allowed (`model:pickle`). */
  readonly id: string;
  /** Integer ≥ 1; bump when results change (it keys caches and baselines). */
  readonly version: number;
  /** One line: what it does. */
  readonly summary: string;
  /** Taxonomy references that apply to everything the plugin reports. */
  readonly tags: TaxonomyTagsInput;
  /** Options schema; `options.parse({})` must succeed (defaults for everything). */
  readonly options: O;
}

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*(:[a-z0-9]+(-[a-z0-9]+)*)?$/;

/** Check the common plugin contract; throws ERR_PLUGIN_INVALID naming the problem. */
export function assertPluginMeta(kind: string, meta: PluginMeta): void {
  const problems: string[] = [];
  if (!idPattern.test(meta.id)) problems.push(`id "${meta.id}" is not kebab-case`);
  if (!Number.isInteger(meta.version) || meta.version < 1) problems.push('version must be an integer ≥ 1');
  if (!meta.summary || meta.summary.includes('\n')) problems.push('summary must be one non-empty line');
  if (!TaxonomyTagsSchema.safeParse(meta.tags).success) problems.push('tags do not match the taxonomy id formats');
  if (!meta.options.safeParse({}).success) problems.push('options.parse({}) must succeed');
  if (problems.length > 0) {
    throw new AisecError('ERR_PLUGIN_INVALID', `${kind} plugin "${meta.id}": ${problems.join('; ')}`);
  }
}

/** Deep-freeze a plugin definition so no run can change it for another. */
export function freezePlugin<T extends object>(def: T): Readonly<T> {
  return Object.freeze(def);
}
