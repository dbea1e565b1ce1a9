/** Small reads shared by the threat rules. */
import { criticalities } from '../../config/index.js';
import type { EndpointView, SystemView } from '../system-view.js';

/** Who can reach the system, with the worst case (public) when the descriptor does not say. */
export function exposureOf(system: SystemView): { exposure: 'internal' | 'partner' | 'public'; unknown: string[] } {
  const e = system.exposure;
  if (e === 'internal' || e === 'partner' || e === 'public') return { exposure: e, unknown: [] };
  return { exposure: 'public', unknown: ['exposure'] };
}

/** Likelihood of an attack that needs to query the system: public 4, partner 3, internal 2; +1 when an endpoint lets anyone in. */
export function queryLikelihood(exposure: 'internal' | 'partner' | 'public', endpoints: readonly EndpointView[]): number {
  const base = exposure === 'public' ? 4 : exposure === 'partner' ? 3 : 2;
  return Math.min(5, base + (endpoints.some((e) => e.auth === 'none' || e.auth === undefined) ? 1 : 0));
}

/** Dataset sources that people outside the team write. */
export const outsideSources = new Set(['user-generated', 'scraped', 'third-party']);

/** Model file formats that run code when loaded. */
export const codeLoadingFormats = new Set(['pickle', 'pkl', 'joblib', 'pt', 'pth', 'torch', 'ckpt', 'dill', 'cloudpickle', 'bin']);

/** Tool permissions that act outside the conversation. */
export const actingPermissions = new Set(['write', 'delete', 'execute', 'network', 'payments', 'messaging', 'admin']);

/** The criticalities of the descriptor that are not decisions about people. */
const notAboutPeople: ReadonlySet<string> = new Set(['content', 'internal-tooling', 'other']);

/** Criticalities whose decisions are about people's lives (EU AI Act Annex III areas and safety): every other one. */
export const highImpactCriticalities: ReadonlySet<string> = new Set(criticalities.filter((c) => !notAboutPeople.has(c)));

/** "a, b and c". */
export function words(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
