/**
 * The plan of a run: every probe's attempts crossed with the strategies it accepts, in a fixed
 * order (probes as given, attempts as the probe made them, `none` first and then the strategies
 * as given). A probe draws its attempts from its own seeded generator, so adding or removing a
 * probe changes no other probe's attempts. Probes that cannot run, and attempts whose
 * injection point the target cannot receive, are listed as skipped with the reason.
 */
import { errorMessage } from './error-fields.js';
import type { AppContext, InjectionPoint, ProbeAttempt, ProbeDef, StrategyDef, TargetMode } from '../types.js';
import { derivedRng } from './seeds.js';

/** One attempt × strategy to run. */
export interface WorkItem {
  /** Position in the plan: outcomes and summaries follow it whatever the concurrency. */
  readonly index: number;
  /** `<attempt id>@<strategy id or none>` */
  readonly key: string;
  readonly probe: ProbeDef;
  readonly attempt: ProbeAttempt;
  /** Undefined for `none` (the payload as the probe wrote it). */
  readonly strategy: StrategyDef | undefined;
}

/** The plan and what was left out. */
export interface RunPlan {
  readonly items: readonly WorkItem[];
  readonly skipped: readonly { readonly probe: string; readonly reason: string }[];
  /** Probes whose attempts could not be built (a plugin bug): the run is incomplete. */
  readonly broken: readonly { readonly probe: string; readonly reason: string }[];
}

/** What the plan is built from. */
export interface PlanInput {
  readonly probes: readonly ProbeDef[];
  readonly strategies: readonly StrategyDef[];
  readonly app: AppContext;
  readonly mode: TargetMode;
  readonly seed: number;
  readonly attemptsPerProbe: number;
}

/** Build the plan. */
export function planRun(input: PlanInput): RunPlan {
  const items: WorkItem[] = [];
  const skipped: { probe: string; reason: string }[] = [];
  const broken: { probe: string; reason: string }[] = [];
  for (const probe of input.probes) {
    let made: ReturnType<ProbeDef['attempts']>;
    try {
      made = probe.attempts({ app: input.app, mode: input.mode, random: derivedRng(input.seed, 'probe', probe.id), attemptsPerProbe: input.attemptsPerProbe });
    } catch (error) {
      broken.push({ probe: probe.id, reason: `the probe failed to build its attempts: ${errorMessage(error)}` });
      continue;
    }
    if (!Array.isArray(made)) {
      const reason = (made as { skip?: unknown }).skip;
      skipped.push({ probe: probe.id, reason: typeof reason === 'string' ? reason : 'the probe skipped itself' });
      continue;
    }
    const ids = new Set<string>();
    const duplicate = made.find((attempt) => ids.size === ids.add(attempt.id).size);
    if (duplicate !== undefined) {
      broken.push({ probe: probe.id, reason: `the probe made two attempts with the id "${duplicate.id}"` });
      continue;
    }
    const runnable: ProbeAttempt[] = [];
    const unavailable = new Map<string, number>();
    for (const attempt of made) {
      const why = attempt.injected === undefined ? undefined : unavailableReason(attempt.injected.point, input.mode);
      if (why === undefined) runnable.push(attempt);
      else unavailable.set(why, (unavailable.get(why) ?? 0) + 1);
    }
    for (const [why, count] of unavailable) skipped.push({ probe: probe.id, reason: `${count} of ${made.length} attempts skipped: ${why}` });
    const strategies: (StrategyDef | undefined)[] = [undefined, ...(probe.acceptsStrategies ? input.strategies : [])];
    for (const attempt of runnable) {
      // A strategy transforms payload text; an attempt without any would be sent unchanged under
      // every strategy, so it runs once, as written.
      for (const strategy of carriesPayload(attempt) ? strategies : [undefined]) {
        items.push({ index: items.length, key: `${attempt.id}@${strategy?.id ?? 'none'}`, probe, attempt, strategy });
      }
    }
  }
  return { items, skipped, broken };
}

/** Whether a strategy has anything to transform in `attempt`. */
function carriesPayload(attempt: ProbeAttempt): boolean {
  return attempt.turns.some((turn) => turn.payload) || attempt.injected?.payload === true;
}

/** Why an injection point cannot be used against a target in `mode`, or undefined when it can. */
export function unavailableReason(point: InjectionPoint, mode: TargetMode): string | undefined {
  if (mode === 'harnessed') return undefined;
  if (point.kind === 'tool-output') return `they inject through the output of the tool ${point.tool}, which the runner cannot answer for an opaque application (it runs its own tools)`;
  if (point.kind === 'document' && point.directory === undefined) {
    return `they inject a document of the source ${point.source}, and an opaque application only receives documents through a folder the runner may write (give the source a directory)`;
  }
  return undefined;
}
