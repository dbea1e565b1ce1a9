import { AisecError } from './errors.js';
import { didYouMean } from './suggest.js';

/** A per-run registry of plugins of one kind, keyed by id. Never global. */
export interface Registry<T extends { id: string }> {
  readonly kind: string;
  get(id: string): T;
  has(id: string): boolean;
  list(): readonly T[];
  ids(): readonly string[];
}

/**
 * Create a registry from an explicit list. Duplicate ids are a bug (ERR_PLUGIN_DUPLICATE);
 * an unknown id is a user error with a did-you-mean (ERR_PLUGIN_NOT_FOUND).
 */
export function createRegistry<T extends { id: string }>(kind: string, items: readonly T[]): Registry<T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.has(item.id)) throw new AisecError('ERR_PLUGIN_DUPLICATE', `Two ${kind} plugins have the id "${item.id}".`);
    byId.set(item.id, item);
  }
  const list = Object.freeze([...byId.values()]);
  return {
    kind,
    get(id) {
      const found = byId.get(id);
      if (found) return found;
      const hint = didYouMean(id, byId.keys());
      throw new AisecError(
        'ERR_PLUGIN_NOT_FOUND',
        `No ${kind} named "${id}".${hint ? ` Did you mean "${hint}"?` : ''} Known: ${[...byId.keys()].join(', ')}.`,
      );
    },
    has: (id) => byId.has(id),
    list: () => list,
    ids: () => list.map((item) => item.id),
  };
}
