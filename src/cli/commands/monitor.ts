import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { openSystemStore } from '../../assess/index.js';
import { loadSystemDescriptor, parseYamlConfig, type LoadedSystem } from '../../config/index.js';
import { AisecError } from '../../core/errors.js';
import { builtinRules, ingestJsonlFile, Monitor, MonitorSettingsSchema, monitorSettings, profileDataFile, redactUrl, type MonitorSettings } from '../../monitor/index.js';
import type { MonitorAlertRecord, MonitorAlertStatus, Store } from '../../store/index.js';
import { actor } from '../options.js';
import type { CliContext } from '../context.js';

const flat = (text: string): string => text.replace(/[\p{Cc}]+/gu, ' ');

/** The system folder named by --system: an existing folder, nothing else. */
async function systemDir(given: string): Promise<string> {
  if (given.includes('\u0000') || given.length > 4096) throw new AisecError('ERR_USAGE', '--system is not a usable path (it holds NUL or is longer than 4096 characters): give the folder of the AI system.');
  const dir = path.resolve(given);
  const info = await stat(dir).catch(() => null);
  if (info === null) throw new AisecError('ERR_TARGET_NOT_FOUND', `--system ${flat(given)}: ${dir} does not exist. Give the folder of the AI system (the one with aisec.yaml, or where .aisec/ should be).`);
  if (!info.isDirectory()) throw new AisecError('ERR_USAGE', `--system ${flat(given)}: ${dir} is not a folder. Give the folder of the AI system, not a file in it.`);
  return dir;
}

/** Open the system's store and its row (named after aisec.yaml, else the folder). */
async function withSystem<T>(given: string, fn: (s: { store: Store; systemId: string; name: string; dir: string; descriptor: LoadedSystem | null }) => Promise<T>): Promise<T> {
  const dir = await systemDir(given);
  const descriptor = await loadSystemDescriptor(dir).catch((error: unknown) => {
    if (error instanceof AisecError && error.code === 'ERR_CONFIG_NOT_FOUND') return null;
    throw error;
  });
  const root = descriptor?.dir ?? dir;
  const name = descriptor?.descriptor.name ?? path.basename(root);
  const store = await openSystemStore(root);
  try {
    const row = await store.upsertSystem(name, descriptor?.file ?? null);
    return await fn({ store, systemId: row.id, name, dir: root, descriptor });
  } finally {
    await store.close();
  }
}

async function loadSettings(flags: { config?: string; webhook?: string; windowMinutes?: string; windowEvents?: string }): Promise<MonitorSettings> {
  let input: Record<string, unknown> = {};
  if (flags.config) {
    const file = path.resolve(flags.config);
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) throw new AisecError('ERR_CONFIG_NOT_FOUND', `The monitor settings file ${file} does not exist or is not a file.`);
    if (info.size > 1024 * 1024) throw new AisecError('ERR_CONFIG_INVALID', `The monitor settings file ${file} is ${info.size} bytes; settings fit in 1 MiB.`);
    input = parseYamlConfig(file, await readFile(file, 'utf8'), MonitorSettingsSchema, { code: 'ERR_CONFIG_INVALID', what: 'the monitor settings', fix: 'See docs/monitoring.md for the settings and their defaults.' }).value as Record<string, unknown>;
  }
  const number = (value: string | undefined, flag: string): number | undefined => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new AisecError('ERR_USAGE', `${flag} takes a positive number, not "${flat(value).slice(0, 40)}".`);
    return n;
  };
  const window = { ...((input.window as object | undefined) ?? {}) } as Record<string, unknown>;
  const minutes = number(flags.windowMinutes, '--window-minutes');
  const events = number(flags.windowEvents, '--window-events');
  if (minutes !== undefined) window.minutes = minutes;
  if (events !== undefined) window.maxEvents = Math.round(events);
  const webhook = flags.webhook ? { ...((input.webhook as object | undefined) ?? {}), url: flags.webhook } : input.webhook;
  try {
    return monitorSettings({ ...input, window, ...(webhook ? { webhook } : {}) });
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    throw new AisecError('ERR_USAGE', `Monitor setting ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not valid'}${flags.webhook ? ` (webhook ${redactUrl(flags.webhook)})` : ''}.`);
  }
}

function modelFor(flag: string | undefined, descriptor: LoadedSystem | null): string {
  if (flag !== undefined) {
    if (flag.length === 0 || flag.length > 256 || /[\p{Cc}]/u.test(flag)) throw new AisecError('ERR_USAGE', '--model takes the model or endpoint name events carry (1 to 256 printable characters).');
    return flag;
  }
  const models = descriptor?.descriptor.models ?? [];
  if (models.length === 1) return models[0]!.name;
  throw new AisecError('ERR_USAGE', `Name the model the reference is for with --model${models.length > 1 ? ` (aisec.yaml has ${models.map((m) => m.name).join(', ')})` : ''}.`);
}

function renderAlerts(alerts: readonly MonitorAlertRecord[]): string {
  if (alerts.length === 0) return 'No alerts.\n';
  return `${alerts.map((a) => `${a.id}  ${a.status.padEnd(12)} ${a.severity.padEnd(6)} ${a.at}  ${a.model}  ${a.rule}${a.column ? `:${flat(a.column)}` : ''}${a.incidentId ? `  incident ${a.incidentId}` : ''}\n    ${flat(a.message)}`).join('\n')}\n`;
}

/** `aisec monitor profile|ingest|alerts|ack`: drift and behaviour monitoring of models in production. */
export function registerMonitor(program: Command, ctx: CliContext): void {
  const monitor = program
    .command('monitor')
    .summary('monitor models in production: reference profiles, event windows, alerts')
    .description(`Compare production events (predictions, guard hits, extraction alarms, errors) with a reference profile built from training or evaluation data, window by window, with alert rules (${builtinRules.map((r) => r.id).join(', ')}) that have thresholds, minimum window sizes and cool-downs. Alerts are kept in the system's store (AISEC_DATABASE_URL, or DIR/.aisec/aisec.db). See docs/monitoring.md.`)
    .addHelpText('after', `
Examples:
  $ aisec monitor profile data/eval.csv --system examples/credit-scoring --model credit-model --output prediction --confidence score
  $ aisec monitor ingest events.jsonl --system examples/credit-scoring --json
  $ aisec monitor alerts --system examples/credit-scoring
  $ aisec monitor ack al-3f9a0c1d2e4b5a69 --system examples/credit-scoring`);

  monitor
    .command('profile')
    .summary('store the reference profile of a model from its training or evaluation data')
    .argument('<data>', 'data file: CSV, TSV, JSON Lines or Parquet')
    .requiredOption('-s, --system <dir>', 'system folder (holds aisec.yaml and .aisec/)')
    .option('-m, --model <name>', 'model or endpoint the events name (default: the only model of aisec.yaml)')
    .option('--columns <list>', 'comma-separated feature columns (default: all but --output and --confidence)')
    .option('--output <column>', "column with the model's decision (label or number)")
    .option('--confidence <column>', 'column with its confidence in [0, 1]')
    .option('--sample <n>', 'values kept per column', '20000')
    .option('--seed <n>', 'seed of the samples', '1')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec monitor profile data/eval.parquet --system . --model credit-model --output label --confidence proba
  $ aisec monitor profile train.csv --system . --columns age,income,region --json`)
    .action(async (data: string, flags: { system: string; model?: string; columns?: string; output?: string; confidence?: string; sample: string; seed: string; json?: boolean }) => {
      const sampleSize = Number(flags.sample);
      const seed = Number(flags.seed);
      if (!Number.isInteger(sampleSize) || sampleSize < 10 || sampleSize > 1_000_000) throw new AisecError('ERR_USAGE', '--sample takes a whole number from 10 to 1,000,000.');
      if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw new AisecError('ERR_USAGE', '--seed takes a whole number from 0 to 2147483648.');
      const columns = flags.columns?.split(',').map((c) => c.trim()).filter(Boolean);
      await withSystem(flags.system, async ({ store, systemId, descriptor }) => {
        const model = modelFor(flags.model, descriptor);
        const { profile, diagnostics } = await profileDataFile(data, { model, sampleSize, seed, signal: ctx.signal, ...(columns ? { columns } : {}), ...(flags.output ? { output: flags.output } : {}), ...(flags.confidence ? { confidence: flags.confidence } : {}) });
        const id = `ref-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
        await store.saveMonitorReference({ id, systemId, model, createdAt: new Date().toISOString(), source: path.resolve(data).slice(0, 4096), rowsRead: profile.rows, profile: profile as unknown as Record<string, unknown> });
        const columnsOut = Object.fromEntries(Object.entries(profile.columns).map(([n, c]) => [n, { type: c.type, count: c.count, missing: c.missing, sampled: c.sample.length }]));
        const summary = { id, model, rows: profile.rows, columns: columnsOut, output: profile.output ? { column: profile.output.column, type: profile.output.type, classes: profile.output.classes ?? null } : null, confidence: profile.confidence ? { column: profile.confidence.column, count: profile.confidence.count } : null, diagnostics: diagnostics.slice(0, 20) };
        if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else if (!ctx.quiet) {
          process.stdout.write(`Stored reference ${id} for ${model}: ${profile.rows} rows, ${Object.keys(profile.columns).length} feature columns.\n`);
          for (const [n, c] of Object.entries(columnsOut)) process.stdout.write(`  ${flat(n).padEnd(24)} ${c.type.padEnd(12)} ${c.count} values, ${c.missing} missing, ${c.sampled} sampled\n`);
          if (profile.output) process.stdout.write(`  output ${flat(profile.output.column)}: ${profile.output.type}\n`);
          if (profile.confidence) process.stdout.write(`  confidence ${flat(profile.confidence.column)}: ${profile.confidence.count} values\n`);
          for (const d of diagnostics.slice(0, 5)) process.stdout.write(`  line ${d.line}: ${flat(d.message)}\n`);
        }
      });
    });

  monitor
    .command('ingest')
    .summary('feed a JSON Lines file of events through the windows and alert rules')
    .argument('<file>', 'JSON Lines file, one event per line (docs/monitoring.md)')
    .requiredOption('-s, --system <dir>', 'system folder (holds aisec.yaml and .aisec/)')
    .option('-c, --config <file>', 'monitor settings (YAML or JSON): windows, rules, webhook')
    .option('--webhook <url>', 'POST each alert as JSON to this URL')
    .option('--window-minutes <n>', 'length of a window in minutes (default 60)')
    .option('--window-events <n>', 'close a window after this many events too')
    .option('--json', 'print a JSON summary')
    .addHelpText('after', `
Examples:
  $ aisec monitor ingest events.jsonl --system . --json
  $ aisec monitor ingest events.jsonl --system . --window-events 2000 --webhook https://hooks.example.com/aisec`)
    .action(async (file: string, flags: { system: string; config?: string; webhook?: string; windowMinutes?: string; windowEvents?: string; json?: boolean }) => {
      const settings = await loadSettings(flags);
      await withSystem(flags.system, async ({ store, systemId, name, dir }) => {
        const log = (line: string): void => void process.stderr.write(`${line}\n`);
        const engine = new Monitor({ store, system: { id: systemId, name, dir }, settings, log, actor: `cli:${actor(undefined)}` });
        let summary;
        try {
          summary = await ingestJsonlFile(engine, path.resolve(file), { signal: ctx.signal });
        } finally {
          await engine.close().catch((error: unknown) => log(`monitor: ${(error as Error).message}`));
        }
        const totals = { ...engine.totals };
        const out = { ...summary, file, totals, webhook: engine.webhookStats ?? null };
        if (flags.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        else if (!ctx.quiet) {
          process.stdout.write(`${summary.lines} lines: ${summary.accepted} events accepted, ${summary.bad} bad, ${summary.blank} blank; ${totals.late} late.\n`);
          process.stdout.write(`${totals.windows} windows closed, ${totals.alerts} alerts raised (${totals.suppressed} held back by cool-downs), ${totals.incidents} incidents opened.\n`);
          for (const p of summary.problems.slice(0, 20)) process.stdout.write(`  line ${p.line}: ${p.path} ${flat(p.problem)}\n`);
          if (summary.problems.length > 20) process.stdout.write(`  … ${summary.bad - 20} more bad lines (--json lists the first 100)\n`);
        }
      });
    });

  monitor
    .command('alerts')
    .summary('list the alerts of a system')
    .requiredOption('-s, --system <dir>', 'system folder (holds aisec.yaml and .aisec/)')
    .option('--status <status>', 'open, acknowledged, closed or all', 'open')
    .option('-m, --model <name>', 'only this model')
    .option('--limit <n>', 'at most this many, newest first', '100')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec monitor alerts --system .
  $ aisec monitor alerts --system . --status all --json | jq '.[] | {rule, column, value}'`)
    .action(async (flags: { system: string; status: string; model?: string; limit: string; json?: boolean }) => {
      if (!['open', 'acknowledged', 'closed', 'all'].includes(flags.status)) throw new AisecError('ERR_USAGE', '--status is open, acknowledged, closed or all.');
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new AisecError('ERR_USAGE', '--limit takes a whole number from 1 to 100,000.');
      await withSystem(flags.system, async ({ store, systemId }) => {
        const alerts = await store.listMonitorAlerts({ systemId, limit, ...(flags.status === 'all' ? {} : { status: flags.status as MonitorAlertStatus }), ...(flags.model ? { model: flags.model } : {}) });
        if (flags.json) process.stdout.write(`${JSON.stringify(alerts, null, 2)}\n`);
        else if (!ctx.quiet) process.stdout.write(renderAlerts(alerts));
      });
    });

  monitor
    .command('ack')
    .summary('acknowledge an alert (or close it with --close)')
    .argument('<id>', 'alert id, as aisec monitor alerts shows it')
    .requiredOption('-s, --system <dir>', 'system folder (holds aisec.yaml and .aisec/)')
    .option('--close', 'close the alert instead of acknowledging it')
    .option('--actor <name>', 'who is recorded (default: AISEC_ACTOR or the OS user)')
    .option('--json', 'print JSON')
    .addHelpText('after', `
Examples:
  $ aisec monitor ack al-3f9a0c1d2e4b5a69 --system .
  $ aisec monitor ack al-3f9a0c1d2e4b5a69 --system . --close --actor alice`)
    .action(async (id: string, flags: { system: string; close?: boolean; actor?: string; json?: boolean }) => {
      if (!/^al-[0-9a-f]{1,64}$/.test(id)) throw new AisecError('ERR_USAGE', `"${flat(id).slice(0, 60)}" is not an alert id (al- and hex digits, as aisec monitor alerts shows).`);
      await withSystem(flags.system, async ({ store, systemId }) => {
        const found = await store.getMonitorAlert(id);
        if (found === null || found.systemId !== systemId) throw new AisecError('ERR_USAGE', `No alert has the id ${id} in the store at ${store.location}; aisec monitor alerts --status all shows them.`);
        const by = actor(flags.actor);
        const updated = await store.updateMonitorAlert(id, { status: flags.close ? 'closed' : 'acknowledged', by });
        await store.appendAudit({ actor: by, action: flags.close ? 'monitor.alert.close' : 'monitor.alert.ack', subject: `monitor-alert:${id}`, detail: { rule: updated.rule, column: updated.column, model: updated.model } });
        if (flags.json) process.stdout.write(`${JSON.stringify(updated, null, 2)}\n`);
        else if (!ctx.quiet) process.stdout.write(`${id} ${updated.status} by ${flat(by)}.\n`);
      });
    });
}
