/**
 * The red team of an AI system: every `llm[]` part of its descriptor (or the one named), each
 * against its target (see choose-target.ts), with the application context built from the
 * descriptor; or, with no descriptor, one run against an explicit target with the default
 * application context. Parts are run one after another so each has the target to itself.
 */
import path from 'node:path';
import type { LlmComponent } from '../../config/index.js';
import { AisecError } from '../../core/errors.js';
import { didYouMean } from '../../core/suggest.js';
import type { Diagnostic } from '../../core/target.js';
import { appContextFromDescriptor, defaultAppContext, type AppContext, type TargetMode } from '../../redteam/index.js';
import type { ResolvedSystem } from '../resolve-system.js';
import { openTarget, type ExplicitTarget } from './choose-target.js';
import type { RedTeamProfile } from './profiles.js';
import { runRedTeamForPart, type RedTeamPartRun, type RedTeamRunSettings } from './run-red-team-for-part.js';
import { selectPlugins, type RedTeamPlugins, type SelectedPlugins } from './select-plugins.js';

/** Options of {@link runRedTeamForSystem}. */
export interface RunRedTeamForSystemOptions extends Omit<RedTeamRunSettings, 'seed' | 'onProgress'> {
  /** The system; null or absent to red-team an explicit target on its own. */
  readonly system?: ResolvedSystem | null;
  /** Only this LLM part (by name). */
  readonly llm?: string;
  /** A target given on the command line instead of the descriptor's. */
  readonly target?: ExplicitTarget;
  /** API key variable and mode for a declared endpoint. */
  readonly apiKeyEnv?: string;
  readonly mode?: TargetMode;
  readonly stream?: boolean;
  /** May a declared endpoint be called? Default true (`aisec assess` passes false without --tests). */
  readonly allowEndpoints?: boolean;
  /** Default `quick`. */
  readonly profile?: RedTeamProfile;
  readonly probes?: readonly string[];
  readonly strategies?: readonly string[];
  readonly attemptsPerProbe?: number;
  /** Default 1. */
  readonly seed?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly plugins?: RedTeamPlugins;
  readonly onProgress?: (progress: RedTeamProgress) => void;
}

/** Attempts in flight against the built-in simulator unless the caller says otherwise. */
export const simulatorConcurrency = 8;

/** Progress of one part's run. */
export interface RedTeamProgress {
  readonly part: string;
  readonly done: number;
  readonly total: number;
}

/** The runs of a system, and the parts not run with the reason. */
export interface RedTeamForSystemResult {
  readonly runs: readonly RedTeamPartRun[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The parts to run: the named one, or every one. */
export function partsToRun(system: ResolvedSystem | null | undefined, llm: string | undefined, explicit: boolean): LlmComponent[] {
  const parts = system?.loaded?.descriptor.llm ?? [];
  if (llm !== undefined) {
    const part = parts.find((p) => p.name === llm);
    if (part !== undefined) return [part];
    const names = parts.map((p) => p.name);
    const near = didYouMean(llm, names);
    throw new AisecError('ERR_USAGE', `--llm ${llm}: no LLM part has that name${near ? `; did you mean "${near}"?` : ''} (${names.length === 0 ? 'the descriptor declares none' : `the LLM parts are ${names.join(', ')}`}).`);
  }
  if (explicit && parts.length > 1) {
    throw new AisecError('ERR_USAGE', `The descriptor declares ${parts.length} LLM parts (${parts.map((p) => p.name).join(', ')}); say which one --target serves with --llm NAME.`);
  }
  return [...parts];
}

/** The event log of one part: the given file, with the part's name before the extension when several parts share a run. */
export function eventLogFor(file: string | undefined, part: string | undefined, several: boolean): string | undefined {
  if (file === undefined || !several || part === undefined) return file;
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.${part}${ext}`;
}

/** The plugins and settings shared by every part. */
function prepare(options: RunRedTeamForSystemOptions): { plugins: SelectedPlugins; profile: RedTeamProfile; seed: number } {
  const profile = options.profile ?? 'quick';
  const plugins = selectPlugins({
    profile,
    ...(options.probes !== undefined ? { probes: options.probes } : {}),
    ...(options.strategies !== undefined ? { strategies: options.strategies } : {}),
    ...(options.attemptsPerProbe !== undefined ? { attemptsPerProbe: options.attemptsPerProbe } : {}),
    ...(options.plugins !== undefined ? { plugins: options.plugins } : {}),
  });
  return { plugins, profile, seed: options.seed ?? 1 };
}

/**
 * Red-team the LLM parts of `system` (or an explicit target alone).
 *
 * Throws before anything is sent for what the user must fix: ERR_USAGE (no part to run, an
 * unknown --llm), ERR_PLUGIN_NOT_FOUND (an unknown probe or strategy), ERR_PROBE_TARGET (a
 * target that cannot be reached or set up), ERR_PROBE_LOG, and the descriptor's file errors.
 * A run that starts but where attempts fail comes back incomplete instead.
 *
 * @example
 * const system = await resolveSystem('examples/support-bot');
 * const { runs } = await runRedTeamForSystem({ system });
 * runs[0].findings.map((f) => f.ruleId); // ['redteam/indirect-injection', …]
 */
export async function runRedTeamForSystem(options: RunRedTeamForSystemOptions): Promise<RedTeamForSystemResult> {
  const { plugins, profile, seed } = prepare(options);
  const env = options.env ?? process.env;
  const system = options.system ?? null;
  const explicit = options.target !== undefined;
  const parts = partsToRun(system, options.llm, explicit);
  if (parts.length === 0 && !explicit) {
    throw new AisecError('ERR_USAGE', system?.loaded ? `${system.displayDir}: the descriptor declares no LLM parts (llm: []); declare one, or give --target URL --model NAME.` : 'Nothing to probe: give a folder whose aisec.yaml declares LLM parts, or --target URL --model NAME.');
  }
  const runs: RedTeamPartRun[] = [];
  const diagnostics: Diagnostic[] = [];
  const targets = parts.length === 0 ? [undefined] : parts;
  for (const part of targets) {
    const app: AppContext & { notes?: readonly string[] } = part === undefined || !system?.loaded ? defaultAppContext(seed) : await appContextFromDescriptor(system.loaded.descriptor, part.name, system.loaded.dir);
    const opened = await openTarget(part, system?.loaded?.descriptor, {
      allowEndpoints: options.allowEndpoints ?? true,
      seed,
      env,
      ...(options.target !== undefined ? { explicit: options.target } : {}),
      ...(options.apiKeyEnv !== undefined ? { apiKeyEnv: options.apiKeyEnv } : {}),
      ...(options.mode !== undefined ? { mode: options.mode } : {}),
      ...(options.stream === true ? { stream: true } : {}),
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
    });
    if ('skip' in opened) {
      diagnostics.push({ path: opened.skip.path, scanner: 'red-team', code: opened.skip.code, level: 'warning', message: opened.skip.message });
      continue;
    }
    const name = opened.subject.name;
    const eventLog = eventLogFor(options.eventLog, part?.name, targets.length > 1);
    const run = await runRedTeamForPart(opened, app, plugins, {
      seed,
      // The simulator answers in milliseconds on this machine: more attempts in flight finish sooner.
      ...(opened.subject.via === 'simulator' ? { concurrency: simulatorConcurrency } : {}),
      ...settingsOf(options),
      ...(eventLog !== undefined ? { eventLog } : {}),
      ...(options.onProgress ? { onProgress: (done: number, total: number) => options.onProgress!({ part: name, done, total }) } : {}),
    }, profile);
    runs.push(run);
    diagnostics.push(...run.diagnostics);
  }
  return { runs, diagnostics };
}

/** The harness settings of the options. */
function settingsOf(options: RunRedTeamForSystemOptions): Omit<RedTeamRunSettings, 'seed' | 'eventLog' | 'onProgress'> {
  return {
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.requestsPerMinute !== undefined ? { requestsPerMinute: options.requestsPerMinute } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.maxToolRounds !== undefined ? { maxToolRounds: options.maxToolRounds } : {}),
    ...(options.deadlineMs !== undefined ? { deadlineMs: options.deadlineMs } : {}),
    ...(options.resume === true ? { resume: true } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  };
}
