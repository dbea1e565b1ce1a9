/**
 * What a red-team run is about, as the report names it: the LLM part (or the bare target),
 * where findings are located, what they are fingerprinted on, and how it was reached.
 */

/** How the runner reached the application. */
export type RedTeamVia = 'simulator' | 'endpoint' | 'url' | 'http-template';

/** The application under test, as the report shows it. */
export interface RedTeamSubject {
  /** The LLM part's name in aisec.yaml, or the target's label without a descriptor. */
  readonly name: string;
  /** `location.path` of the findings and the report target's path: `llm:<name>` for a part of the descriptor, else the URL. */
  readonly location: string;
  /**
   * What findings are fingerprinted on: `llm:<name>` for a part (so a finding keeps its
   * fingerprint whichever endpoint or simulator port it was found through), else the URL.
   */
  readonly identity: string;
  readonly via: RedTeamVia;
  /** The LLM part's name, for the report target's `asset`. */
  readonly asset?: string;
}

/** `llm:<name>`: how a report points at an LLM part of the descriptor. */
export function llmLocation(name: string): string {
  return `llm:${name}`;
}

/** A share as a whole percentage; never rounded to 0 % or 100 % unless it is exactly that. */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  if (share < 0.01) return '<1%';
  if (share > 0.99) return '>99%';
  return `${Math.round(share * 100)}%`;
}

/** `12 tries` / `1 try`. */
export function tries(n: number): string {
  return `${n} ${n === 1 ? 'try' : 'tries'}`;
}
