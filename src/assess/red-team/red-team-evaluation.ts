/**
 * A red-team run as a report evaluation (kind `red-team`): a headline an executive can read
 * ("7 of 8 attack types worked against support-assistant; the worst: …"), the figures per
 * probe (`probe.<id>.successRate`, its interval, counts) and per strategy, a chart of every
 * probe's success rate with its 95 % interval, and the details the reports draw their table
 * and example conversations from.
 */
import type { Chart, EvaluationInput } from '../../core/evaluation.js';
import type { Finding } from '../../core/finding.js';
import { maxRedTeamExamples, redTeamDetailsLayout, type RedTeamDetailsInput, type RedTeamProbeDetail } from '../../core/red-team-details.js';
import type { AttemptOutcome, RedTeamResult } from '../../redteam/index.js';
import { exampleOf } from './examples.js';
import { severityRank } from '../../core/severity.js';
import { familyWords } from './probe-words.js';
import { probeSeverity } from './severity.js';
import { examplesByKey, judgedOf, probeTaxonomy, redTeamScannerId } from './red-team-findings.js';
import { percent, tries, type RedTeamSubject } from './subject.js';

/** What else the evaluation needs besides the result. */
export interface RedTeamEvaluationContext {
  readonly subject: RedTeamSubject;
  readonly profile: string;
  readonly attemptsPerProbe: number;
  readonly strategies: readonly string[];
  /** Credentials to scrub from examples. */
  readonly secrets: readonly string[];
  /** The findings the run raised (to link probes to them). */
  readonly findings: readonly Finding[];
  /** How the application context was built. */
  readonly notes?: readonly string[];
}

/** The headline: how many attack types worked, and the worst one (the most severe, then the most frequent) in words. */
export function redTeamHeadline(result: RedTeamResult, name: string): string {
  const ran = result.probes.filter((p) => judgedOf(p) > 0);
  const worked = ran.filter((p) => p.successes > 0);
  const judged = ran.reduce((sum, p) => sum + judgedOf(p), 0);
  const partial = result.status === 'incomplete' ? ' (the run did not finish; these figures cover what ran)' : '';
  if (ran.length === 0) return `No attack against ${name} could be judged: ${result.message ?? 'no attempt got an answer from the target'}.`;
  const types = `attack type${ran.length === 1 ? '' : 's'}`;
  if (worked.length === 0) {
    return `None of the ${ran.length} ${types} tried worked against ${name} in ${tries(judged)}${partial}. That is evidence of resistance to these attacks, not proof of safety.`;
  }
  // The worst is the most damaging attack that worked (severity first), then the most frequent.
  const worst = [...worked].sort((a, b) => severityRank(probeSeverity(b.family, b.successRate)) - severityRank(probeSeverity(a.family, a.successRate)))[0]!;
  const words = familyWords(worst.family, worst.goal);
  const count = worked.length === ran.length && ran.length > 1 ? `All ${ran.length} ${types}` : `${worked.length} of ${ran.length} ${types}`;
  return `${count} worked against ${name}${partial}; the worst: it ${words.did} in ${percent(worst.successRate)} of ${tries(judgedOf(worst))}.`;
}

/** The chart: each probe's success rate as a vertical bar from the interval's low to high end, through the rate. */
function probeChart(result: RedTeamResult): Chart {
  return {
    id: 'success-rate-by-probe',
    title: 'Attack success rate per probe, with 95% intervals',
    xLabel: 'Probe (numbered as in the table)',
    yLabel: 'Attack success rate',
    xScale: 'linear',
    yScale: 'linear',
    yMin: 0,
    yMax: 1,
    series: result.probes.map((p, i) => ({ name: `${i + 1}. ${p.probe}`, points: [[i + 1, p.ci95[0]], [i + 1, p.successRate], [i + 1, p.ci95[1]]] as [number, number][] })),
    references: [],
    caption: 'Each probe is a vertical bar from the low to the high end of its 95% interval, with its measured rate in the middle; a bar that reaches high up means the attack works often.',
  };
}

/** The figures: overall counts, then each probe, then each strategy over all probes. */
function metricsOf(result: RedTeamResult): Record<string, number> {
  const ran = result.probes.filter((p) => judgedOf(p) > 0);
  const metrics: Record<string, number> = {
    attackTypesWorked: ran.filter((p) => p.successes > 0).length,
    attackTypesTried: ran.length,
    attempts: result.probes.reduce((s, p) => s + p.attempts, 0),
    successes: result.probes.reduce((s, p) => s + p.successes, 0),
    errors: result.probes.reduce((s, p) => s + p.errors, 0),
  };
  for (const p of result.probes) {
    metrics[`probe.${p.probe}.successRate`] = p.successRate;
    metrics[`probe.${p.probe}.ci95Low`] = p.ci95[0];
    metrics[`probe.${p.probe}.ci95High`] = p.ci95[1];
    metrics[`probe.${p.probe}.attempts`] = p.attempts;
    metrics[`probe.${p.probe}.successes`] = p.successes;
    metrics[`probe.${p.probe}.errors`] = p.errors;
  }
  const byStrategy = new Map<string, { judged: number; successes: number }>();
  for (const cell of result.cells) {
    const tally = byStrategy.get(cell.strategy) ?? { judged: 0, successes: 0 };
    tally.judged += cell.attempts - cell.errors;
    tally.successes += cell.successes;
    byStrategy.set(cell.strategy, tally);
  }
  for (const [strategy, tally] of byStrategy) metrics[`strategy.${strategy}.successRate`] = tally.judged === 0 ? 0 : tally.successes / tally.judged;
  return metrics;
}

/** Build the evaluation of `result`. */
export function redTeamEvaluation(result: RedTeamResult, context: RedTeamEvaluationContext): EvaluationInput {
  const { subject } = context;
  const byRule = new Map(context.findings.map((f) => [f.ruleId, f]));
  const outcomes = examplesByKey(result);
  const probes: RedTeamProbeDetail[] = result.probes.map((p) => {
    const finding = byRule.get(`${redTeamScannerId}/${p.probe}`);
    const examples = p.examples
      .slice(0, maxRedTeamExamples)
      .map((key) => outcomes.get(key))
      .filter((o): o is AttemptOutcome => o !== undefined)
      .map((o) => exampleOf(o, context.secrets));
    const tags = probeTaxonomy(p);
    return {
      id: p.probe,
      family: p.family,
      goal: p.goal,
      fix: p.fix,
      attempts: p.attempts,
      successes: p.successes,
      errors: p.errors,
      successRate: p.successRate,
      ci95: [p.ci95[0], p.ci95[1]],
      owasp: tags.owasp,
      atlas: tags.atlas,
      ...(finding !== undefined ? { severity: finding.severity, finding: finding.fingerprint } : {}),
      examples,
    };
  });
  const nothingJudged = result.probes.every((p) => judgedOf(p) === 0);
  const details: RedTeamDetailsInput = {
    layout: redTeamDetailsLayout,
    subject: subject.name,
    via: subject.via,
    mode: result.mode,
    profile: context.profile,
    seed: result.seed,
    attemptsPerProbe: context.attemptsPerProbe,
    strategies: [...context.strategies],
    requests: result.requests,
    probes,
    cells: result.cells.map((c) => ({ probe: c.probe, strategy: c.strategy, attempts: c.attempts, successes: c.successes, errors: c.errors, successRate: c.successRate, ci95: [c.ci95[0], c.ci95[1]] })),
    skipped: result.skipped.map((s) => ({ probe: s.probe, reason: s.reason })),
    notes: [...(context.notes ?? [])],
    ...(result.eventLog !== undefined ? { eventLog: result.eventLog } : {}),
  };
  return {
    kind: 'red-team',
    model: subject.name,
    target: result.target,
    status: result.status === 'complete' ? 'complete' : nothingJudged ? 'error' : 'incomplete',
    ...(result.message !== undefined ? { message: result.message } : {}),
    headline: redTeamHeadline(result, subject.name),
    queries: result.requests,
    durationMs: result.durationMs,
    metrics: metricsOf(result),
    charts: result.probes.length === 0 ? [] : [probeChart(result)],
    findings: context.findings.map((f) => f.fingerprint),
    details: details as unknown as Record<string, unknown>,
  };
}
