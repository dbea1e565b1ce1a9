/**
 * The red-team profiles. `quick` (the default of `aisec assess` and `aisec probe`): every probe,
 * payloads as written plus two strategies, five attempts a probe — a few seconds against the
 * built-in simulator, about a hundred requests against a real endpoint. `full` (`--profile
 * full`, `--tests full`): every strategy and ten attempts a probe, for tighter intervals and
 * every disguised variant.
 */

/** A profile name. */
export type RedTeamProfile = 'quick' | 'full';
export const redTeamProfiles: readonly RedTeamProfile[] = ['quick', 'full'];

/** What a profile runs. */
export interface RedTeamProfileSettings {
  /** Strategy ids (besides `none`, which always runs); `all` means every registered one. */
  readonly strategies: readonly string[] | 'all';
  readonly attemptsPerProbe: number;
}

export const profileSettings: Readonly<Record<RedTeamProfile, RedTeamProfileSettings>> = Object.freeze({
  quick: Object.freeze({ strategies: Object.freeze(['base64', 'translation']), attemptsPerProbe: 5 }),
  full: Object.freeze({ strategies: 'all' as const, attemptsPerProbe: 10 }),
});
