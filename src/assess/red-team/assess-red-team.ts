/**
 * The red team inside `aisec assess`: every LLM part of the descriptor, with the quick profile
 * unless `--tests` says otherwise. Like the model tests, an assessment never sends attacks to a
 * live service by surprise: without `--tests`, only parts served by the built-in simulator
 * (`provider: simulator`) are attacked, and parts behind an endpoint are listed as not called.
 * A part whose run fails leaves a diagnostic, an evaluation with status `error` and its target
 * marked, and the assessment goes on.
 */
import type { EvaluationInput } from '../../core/evaluation.js';
import { isAisecError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import type { Diagnostic, Target } from '../../core/target.js';
import type { AssessTests } from '../model-tests/assess-model-tests.js';
import type { ResolvedSystem } from '../resolve-system.js';
import { reportTargetOf } from './run-red-team-for-part.js';
import { runRedTeamForSystem, type RedTeamProgress } from './run-red-team-for-system.js';
import { llmLocation } from './subject.js';

/** What the red team of an assessment produced. */
export interface AssessRedTeamOutcome {
  readonly targets: readonly Target[];
  readonly evaluations: readonly EvaluationInput[];
  readonly findings: readonly Finding[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link runAssessRedTeam}. */
export interface AssessRedTeamOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RedTeamProgress) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Red-team the LLM parts of `system` as `aisec assess --tests <tests>` does. */
export async function runAssessRedTeam(system: ResolvedSystem, tests: AssessTests | undefined, options: AssessRedTeamOptions = {}): Promise<AssessRedTeamOutcome> {
  const out = { targets: [] as Target[], evaluations: [] as EvaluationInput[], findings: [] as Finding[], diagnostics: [] as Diagnostic[] };
  const parts = system.loaded?.descriptor.llm ?? [];
  if (tests === 'none' || parts.length === 0) return out;
  for (const part of parts) {
    if (options.signal?.aborted) break;
    try {
      const { runs, diagnostics } = await runRedTeamForSystem({
        system,
        llm: part.name,
        profile: tests ?? 'quick',
        allowEndpoints: tests !== undefined,
        ...(options.signal !== undefined ? { signal: options.signal } : {}),
        ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
        ...(options.env !== undefined ? { env: options.env } : {}),
      });
      out.diagnostics.push(...diagnostics);
      for (const run of runs) {
        out.targets.push(run.target);
        out.evaluations.push(run.evaluation);
        out.findings.push(...run.findings);
      }
    } catch (error) {
      if (!isAisecError(error)) throw error;
      // The part could not be red-teamed (unreachable, a bad file): say so, and go on.
      const subject = { name: part.name, location: llmLocation(part.name), identity: llmLocation(part.name), via: 'endpoint' as const, asset: part.name };
      out.diagnostics.push({ path: subject.location, scanner: 'red-team', code: error.code, level: 'error', message: `The red team of "${part.name}" did not run: ${error.message}` });
      out.evaluations.push({ kind: 'red-team', model: part.name, target: subject.location, status: 'error', message: error.message, headline: `Not run: ${error.message}`, queries: 0, durationMs: 0 });
      out.targets.push(reportTargetOf(subject, 'error', `Red team not run: ${error.message}`));
    }
  }
  return out;
}
