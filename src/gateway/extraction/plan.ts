/**
 * A predict route's extraction settings made ready to use: the hardening postprocessor, the
 * monitor's plan (profile, OOD threshold, coverage cells) and where the features are. Plans are
 * made once per route object (a reload brings new objects) and checked against the route's
 * `outputs`; a profile file is read once per plan.
 */
import { randomInt } from 'node:crypto';
import { AisecError } from '../../core/errors.js';
import { describeHardening, postprocessorFor } from '../../ml/output-hardening.js';
import { createRng } from '../../stats/index.js';
import { OodSchema, type ExtractionConfig } from '../config/sections/extraction.js';
import type { PredictRouteConfig } from '../config/schema.js';
import { createCellMap } from './coverage.js';
import type { AnswerTreatment } from './hardening.js';
import type { MonitorPlan } from './key-monitor.js';
import type { PredictOutputsConfig } from './outputs.js';
import { compileProfile, loadReferenceProfile } from './profile.js';

/** A route's extraction defence, ready. */
export interface RoutePlan {
  readonly route: PredictRouteConfig;
  readonly extraction: ExtractionConfig;
  readonly outputs: PredictOutputsConfig;
  /** What is done to every answer (undefined: passed as it is). */
  readonly treatment: AnswerTreatment | undefined;
  /** Short name of the hardening, for verdicts and metrics. */
  readonly hardening: string;
  readonly monitor: { readonly plan: MonitorPlan; readonly features: string; readonly fingerprint: string } | undefined;
}

/** Make the plan of `route` (which has `extraction`). Throws ERR_GATEWAY_CONFIG naming the route and the fix. */
export async function makeRoutePlan(route: PredictRouteConfig, configFile: string): Promise<RoutePlan> {
  const extraction = route.extraction!;
  const outputs: PredictOutputsConfig = route.outputs ?? {};
  const where = `routes "${route.id}" extraction`;
  const setting = extraction.hardening;
  if (setting.kind !== 'none' && setting.kind !== 'label-only' && outputs.probabilities === undefined) {
    throw new AisecError('ERR_GATEWAY_CONFIG', `${where}: hardening ${describeHardening(setting)} needs outputs.probabilities (where the probabilities are in the answer).`);
  }
  if (setting.kind === 'label-only' && outputs.probabilities === undefined && outputs.label === undefined) {
    throw new AisecError('ERR_GATEWAY_CONFIG', `${where}: hardening label-only needs outputs.probabilities or outputs.label.`);
  }
  const rng = setting.kind === 'gaussian-noise' ? createRng(setting.seed ?? randomInt(0, 2 ** 31 - 1)) : undefined;
  const treatment: AnswerTreatment | undefined =
    setting.kind === 'none' ? undefined : setting.kind === 'label-only' ? { kind: 'labels' } : { kind: 'scores', post: postprocessorFor(setting, rng) };

  let monitor: RoutePlan['monitor'];
  const m = extraction.monitor;
  if (m !== undefined) {
    if (outputs.probabilities === undefined && outputs.label === undefined) {
      throw new AisecError('ERR_GATEWAY_CONFIG', `${where}: the monitor needs outputs.probabilities or outputs.label (it keeps distances per predicted class).`);
    }
    const loaded = m.profile === undefined ? undefined : await loadReferenceProfile(m.profile, configFile);
    if (loaded && m.dimensions !== undefined && loaded.dimensions !== m.dimensions) {
      throw new AisecError('ERR_GATEWAY_CONFIG', `${where}: monitor.dimensions is ${m.dimensions} but the profile has ${loaded.dimensions} features.`);
    }
    const profile = loaded ? compileProfile(loaded) : undefined;
    const ood = profile ? (m.ood ?? OodSchema.parse({})) : undefined;
    const coverage = profile ? m.coverage : undefined;
    const plan: MonitorPlan = {
      config: m,
      profile,
      ood: ood?.enabled ? { threshold: ood.threshold ?? profile!.oodThreshold, window: ood.window, minQueries: ood.minQueries, maxRate: ood.maxRate } : undefined,
      coverage: coverage?.enabled ? { cells: createCellMap(profile!, coverage.projections, coverage.cellWidth, coverage.seed), maxCells: coverage.maxCells } : undefined,
    };
    const fingerprint = JSON.stringify([m, profile?.dimensions, profile?.oodThreshold, loaded?.rows]);
    monitor = { plan, features: m.features ?? route.request?.from ?? '', fingerprint };
  }
  return { route, extraction, outputs, treatment, hardening: describeHardening(setting), monitor };
}

/** The action configured for `signal` in a plan. */
export function actionOf(plan: MonitorPlan, signal: 'prada' | 'ood' | 'coverage'): NonNullable<ExtractionConfig['monitor']>['prada']['action'] {
  const m = plan.config;
  if (signal === 'prada') return m.prada.action;
  if (signal === 'ood') return (m.ood ?? OodSchema.parse({})).action;
  return m.coverage!.action;
}
