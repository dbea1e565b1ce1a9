import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { loadSystemDescriptor, type LoadedSystem } from '../../config/index.js';
import { AisecError } from '../../core/errors.js';
import {
  actOnIncident,
  builtinPlaybooks,
  checkDigest,
  closeIncident,
  getIncident,
  listPlaybookIncidents,
  loadPlaybook,
  noteIncident,
  openIncident,
  playbookOf,
  type Incident,
  type IncidentSubjects,
} from '../../incidents/index.js';
import { readManifest } from '../../integrity/index.js';
import { openStore, type Store } from '../../store/index.js';
import type { CliContext } from '../context.js';

interface CommonFlags {
  system?: string;
  json?: boolean;
  actor?: string;
}

function defaultActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** The system folder (default `.`), its descriptor when there is one, and its store. */
async function withSystem<T>(flags: CommonFlags, fn: (s: { store: Store; system: LoadedSystem | null; dir: string }) => Promise<T>): Promise<T> {
  const dir = path.resolve(flags.system ?? '.');
  const system = await loadSystemDescriptor(dir).catch((error: unknown) => {
    if (error instanceof AisecError && error.code === 'ERR_CONFIG_NOT_FOUND') return null;
    throw error;
  });
  // The system's store, as aisec assess opens it: AISEC_DATABASE_URL, else DIR/.aisec/aisec.db.
  const store = await openStore({ url: process.env.AISEC_DATABASE_URL, sqlitePath: path.join(system?.dir ?? dir, '.aisec', 'aisec.db') });
  try {
    return await fn({ store, system, dir: system?.dir ?? dir });
  } finally {
    await store.close();
  }
}

const flat = (text: string): string => text.replace(/[\p{Cc}]+/gu, ' ');

function render(incident: Incident): string {
  const d = incident.detail;
  const s = d.subjects;
  const lines = [
    `${incident.id}  ${incident.status}  ${incident.severity}  ${flat(incident.title)}`,
    `  playbook: ${d.playbook.key} (${d.playbook.name})`,
    `  opened:   ${incident.openedAt}${d.system ? `  system: ${d.system.name}` : ''}`,
    ...(s.model ? [`  model:    ${s.model}`] : []),
    ...(s.key ? [`  key:      ${s.key}`] : []),
    ...(s.dataset || s.datasetDigest ? [`  dataset:  ${s.dataset ?? ''}${s.datasetDigest ? ` sha256:${s.datasetDigest}` : ''}`] : []),
    ...(s.gatewayConfig ? [`  gateway:  ${s.gatewayConfig}`] : []),
    '',
    'Timeline:',
    ...d.timeline.map((t) => `  ${t.at}  ${t.actor}  ${t.kind}${t.step ? ` ${t.step}` : ''}${t.outcome ? ` [${t.outcome}]` : ''}: ${flat(t.text)}`),
    '',
    'Steps:',
    ...playbookOf(incident).steps.map((step) => {
      const last = [...d.timeline].reverse().find((t) => t.step === step.step);
      const how = step.action === 'manual' ? 'manual' : step.action === 'unavailable' ? 'not in aisec yet' : step.action;
      return `  ${step.phase.padEnd(11)} ${step.step.padEnd(20)} ${how.padEnd(26)} ${last ? last.outcome ?? '' : '-'}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

function print(ctx: CliContext, json: boolean | undefined, value: unknown, text: () => string): void {
  if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else if (!ctx.quiet) process.stdout.write(text());
}

function parseTime(value: string | undefined, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()) || value.length > 64) throw new AisecError('ERR_USAGE', `${flag} takes an ISO 8601 time such as 2026-08-10T09:00:00Z.`);
  return at;
}

/** Ask on a terminal; refuse without one. */
async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

/** `aisec incident open|show|act|note|close|list`: incidents with CACAO playbooks whose steps act. */
export function registerIncident(program: Command, ctx: CliContext): void {
  const incident = program
    .command('incident')
    .summary('open and run incidents with CACAO playbooks whose steps act')
    .description(`Incident response with CACAO 2.0 playbooks (${builtinPlaybooks.join(', ')}). Incidents are kept in the system's store (AISEC_DATABASE_URL, or DIR/.aisec/aisec.db) with their timeline; containment steps act for real: disable, restrict or review a model at the gateway, revoke an API key, quarantine a dataset version. See docs/incidents.md.`)
    .addHelpText('after', `
Examples:
  $ aisec incident open --playbook model-extraction --system examples/credit-scoring --model credit-model
  $ aisec incident act inc-20260810a1b2c3d4e5 disable-model --yes --system examples/credit-scoring`);
  const common = (cmd: Command): Command => cmd.option('-s, --system <dir>', 'system folder (holds aisec.yaml and .aisec/)', '.').option('--actor <name>', 'who is recorded (default cli:<user>)').option('--json', 'print JSON');

  common(incident.command('open'))
    .summary('open an incident with a playbook')
    .requiredOption('-p, --playbook <name>', `playbook: ${builtinPlaybooks.join(', ')}, or a CACAO .json file`)
    .option('-m, --model <name>', 'the model concerned (as the gateway and aisec.yaml name it)')
    .option('-k, --key <id>', 'the API key id concerned')
    .option('--dataset <name>', 'the dataset concerned (as aisec.yaml names it)')
    .option('--manifest <file>', 'manifest of the dataset version concerned (its digest is quarantined)')
    .option('--digest <sha256>', 'digest of the dataset version concerned (instead of --manifest)')
    .option('-g, --gateway-config <file>', 'gateway configuration (default: endpoints[].gateway.config of the model in aisec.yaml)')
    .option('-t, --title <text>', 'title (default: the playbook name and the model)')
    .option('--severity <level>', 'critical, high, medium, low or info', 'high')
    .addHelpText('after', `
Examples:
  $ aisec incident open --playbook model-extraction --system examples/credit-scoring --model credit-model --key k_3F9a
  $ aisec incident open --playbook data-poisoning --dataset train --manifest data/MANIFEST.json`)
    .action(async (flags: CommonFlags & { playbook: string; model?: string; key?: string; dataset?: string; manifest?: string; digest?: string; gatewayConfig?: string; title?: string; severity: string }) => {
      if (!['critical', 'high', 'medium', 'low', 'info'].includes(flags.severity)) throw new AisecError('ERR_USAGE', '--severity is critical, high, medium, low or info.');
      if (flags.manifest && flags.digest) throw new AisecError('ERR_USAGE', 'Give --manifest or --digest, not both.');
      loadPlaybook(flags.playbook);
      await withSystem(flags, async ({ store, system }) => {
        let gatewayConfig = flags.gatewayConfig ? path.resolve(flags.gatewayConfig) : undefined;
        if (!gatewayConfig && system && flags.model) {
          const model = system.descriptor.models.find((m) => m.name === flags.model);
          const endpoint = system.descriptor.endpoints.find((e) => e.gateway && (e.serves === flags.model || model?.deployedAt.includes(e.name)));
          if (endpoint?.gateway) gatewayConfig = path.resolve(system.dir, endpoint.gateway.config);
        }
        const digest = flags.manifest ? (await readManifest(flags.manifest)).digest.sha256 : flags.digest ? checkDigest(flags.digest, '--digest') : undefined;
        const subjects: IncidentSubjects = {
          ...(flags.model ? { model: flags.model } : {}),
          ...(flags.key ? { key: flags.key } : {}),
          ...(flags.dataset ? { dataset: flags.dataset } : {}),
          ...(digest ? { datasetDigest: digest } : {}),
          ...(gatewayConfig ? { gatewayConfig } : {}),
        };
        const systemRow = system ? await store.upsertSystem(system.descriptor.name, system.file) : null;
        const opened = await openIncident(store, {
          playbook: flags.playbook,
          ...(flags.title !== undefined ? { title: flags.title } : {}),
          severity: flags.severity as Incident['severity'],
          system: systemRow && system ? { id: systemRow.id, name: systemRow.name, dir: system.dir } : null,
          subjects,
          actor: flags.actor ?? defaultActor(),
        });
        print(ctx, flags.json, opened, () => `Opened ${opened.id}: ${flat(opened.title)}\n${render(opened).split('\n').slice(1).join('\n')}`);
      });
    });

  common(incident.command('list'))
    .summary('list incidents')
    .addHelpText('after', `
Examples:
  $ aisec incident list --system examples/credit-scoring
  $ aisec incident list --json`)
    .action(async (flags: CommonFlags) => {
      await withSystem(flags, async ({ store }) => {
        const all = await listPlaybookIncidents(store);
        print(ctx, flags.json, all, () => (all.length === 0 ? 'No incidents.\n' : all.map((i) => `${i.id}  ${i.status.padEnd(9)}  ${i.severity.padEnd(8)}  ${i.openedAt}  ${i.detail.playbook.key}  ${flat(i.title).slice(0, 80)}\n`).join('')));
      });
    });

  common(incident.command('show <incident>'))
    .summary('show an incident, its timeline and its steps')
    .addHelpText('after', `
Examples:
  $ aisec incident show inc-20260810a1b2c3d4e5
  $ aisec incident show inc-20260810a1b2c3d4e5 --json`)
    .action(async (id: string, flags: CommonFlags) => {
      await withSystem(flags, async ({ store }) => {
        const found = await getIncident(store, id);
        print(ctx, flags.json, found, () => render(found));
      });
    });

  common(incident.command('act <incident> <step>'))
    .summary('run a step of the incident\'s playbook')
    .option('-y, --yes', 'confirm a step that changes the running system (needed when not on a terminal)')
    .option('-g, --gateway-config <file>', 'gateway configuration (overrides the one recorded at open)')
    .option('--since <time>', 'keys-that-queried: start of the window (default 24 h before the incident opened)')
    .option('--until <time>', 'keys-that-queried: end of the window (default now)')
    .option('-o, --out <file>', 'export-audit: new file to write the evidence to')
    .option('--note <text>', 'manual steps: what was done')
    .addHelpText('after', `
Examples:
  $ aisec incident act inc-20260810a1b2c3d4e5 disable-model --yes
  $ aisec incident act inc-20260810a1b2c3d4e5 keys-that-queried --since 2026-08-10T00:00:00Z
  $ aisec incident act inc-20260810a1b2c3d4e5 export-audit --out evidence.json`)
    .action(async (id: string, stepName: string, flags: CommonFlags & { yes?: boolean; gatewayConfig?: string; since?: string; until?: string; out?: string; note?: string }) => {
      await withSystem(flags, async ({ store, system }) => {
        const found = await getIncident(store, id);
        const step = playbookOf(found).steps.find((s) => s.step === stepName || s.id === stepName);
        let confirmed = flags.yes ?? false;
        if (step?.destructive && !confirmed) {
          confirmed = await confirm(`${step.name} (${step.action}) on incident ${found.id}?`);
          if (!confirmed) throw new AisecError('ERR_USAGE', `Step ${step.step} changes the running system and was not confirmed; pass --yes${process.stdin.isTTY ? '' : ' (no terminal to ask on)'}.`);
        }
        const since = parseTime(flags.since, '--since');
        const until = parseTime(flags.until, '--until');
        const result = await actOnIncident(store, id, stepName, {
          actor: flags.actor ?? defaultActor(),
          confirmed,
          ...(system ? { descriptor: system.descriptor } : {}),
          ...(flags.gatewayConfig ? { gatewayConfig: path.resolve(flags.gatewayConfig) } : {}),
          ...(since ? { since } : {}),
          ...(until ? { until } : {}),
          ...(flags.out ? { out: flags.out } : {}),
          ...(flags.note !== undefined ? { note: flags.note } : {}),
        });
        print(ctx, flags.json, result.entry, () => `${result.entry.step} [${result.entry.outcome}]: ${flat(result.entry.text)}\n`);
      });
    });

  common(incident.command('note <incident> <text>'))
    .summary('add a note to the timeline')
    .addHelpText('after', `
Examples:
  $ aisec incident note inc-20260810a1b2c3d4e5 "partner-a confirmed the key leaked from a CI log"`)
    .action(async (id: string, text: string, flags: CommonFlags) => {
      await withSystem(flags, async ({ store }) => {
        const updated = await noteIncident(store, id, text, flags.actor ?? defaultActor());
        print(ctx, flags.json, updated.detail.timeline.at(-1), () => `Noted on ${id}.\n`);
      });
    });

  common(incident.command('close <incident>'))
    .summary('close an incident with its resolution')
    .requiredOption('-r, --resolution <text>', 'what was found and done')
    .addHelpText('after', `
Examples:
  $ aisec incident close inc-20260810a1b2c3d4e5 --resolution "key revoked, label-only answers, partner re-onboarded"`)
    .action(async (id: string, flags: CommonFlags & { resolution: string }) => {
      await withSystem(flags, async ({ store }) => {
        const updated = await closeIncident(store, id, flags.resolution, flags.actor ?? defaultActor());
        print(ctx, flags.json, updated, () => `Closed ${id}.\n`);
      });
    });
}
