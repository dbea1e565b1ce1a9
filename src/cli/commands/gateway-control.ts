import os from 'node:os';
import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import {
  checkReviewId,
  checkServed,
  checkSubject,
  controlStatus,
  connectAll,
  controlWarnings,
  createRedisClient,
  decideReview,
  listReviews,
  loadGatewayConfig,
  setModelControl,
  showItem,
  stateLocation,
  type ControlBus,
  type GatewayConfig,
  type SharedRedis,
} from '../../gateway/index.js';
import { openStore, type GatewayControlState, type ReviewItem, type ReviewStatus, type Store } from '../../store/index.js';
import type { CliContext } from '../context.js';

const statuses: readonly ReviewStatus[] = ['pending', 'approved', 'rejected', 'expired'];

interface StateFlags {
  config?: string;
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

/** The `--config` given to `aisec gateway` or to the subcommand. */
function configOf(cmd: Command): string {
  const config = (cmd.optsWithGlobals() as StateFlags).config;
  if (config === undefined) throw new AisecError('ERR_USAGE', `aisec gateway ${cmd.name()} needs --config <file> (the gateway configuration naming state.database).`);
  return config;
}

/** Open the store named by the configuration (and Redis, when configured), run `fn`, close both. */
async function withState<T>(cmd: Command, fn: (state: { store: Store; config: GatewayConfig; bus: ControlBus | undefined; warn: (line: string) => void }) => Promise<T>): Promise<T> {
  const loaded = await loadGatewayConfig(configOf(cmd));
  const store = await openStore(stateLocation(loaded.config, loaded.file));
  const warn = (line: string): void => void process.stderr.write(`aisec: warning: ${line}\n`);
  let redis: SharedRedis | undefined;
  try {
    const settings = loaded.config.redis;
    if (settings) {
      redis = createRedisClient(settings, { lazyConnect: true, retryStrategy: () => null, commandTimeoutMs: settings.connectTimeoutMs });
      redis.on('error', () => undefined);
      await connectAll(redis).catch(() => {
        redis?.disconnect();
        redis = undefined;
        warn(`Redis at the configured ${settings.cluster ? 'redis.cluster' : 'redis.url'} is not reachable; running replicas pick the change up from the store within control.pollMs (${loaded.config.control.pollMs} ms).`);
      });
    }
    return await fn({ store, config: loaded.config, bus: redis && settings ? { redis, keyPrefix: settings.keyPrefix } : undefined, warn });
  } finally {
    redis?.disconnect();
    await store.close();
  }
}

function print(ctx: CliContext, json: boolean | undefined, value: unknown, text: () => string): void {
  if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else if (!ctx.quiet) process.stdout.write(text());
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

const oneLine = (text: string | null, max = 60): string => {
  const flat = (text ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat || '-';
};

function reviewRows(items: readonly ReviewItem[]): string {
  const now = Date.now();
  if (items.length === 0) return 'No review items.\n';
  return table([
    ['ID', 'MODEL', 'PRINCIPAL', 'CREATED', 'EXPIRES', 'STATUS', 'LABEL', 'CONFIDENCE', 'WHY'],
    ...items.map((i) => {
      const shown = showItem(i, now) as unknown as ReviewItem;
      return [i.id, oneLine(i.model, 40), oneLine(i.principal, 30), i.createdAt, i.expiresAt, shown.status, oneLine(i.decision.label, 30), i.decision.confidence === null ? '-' : i.decision.confidence.toFixed(3), i.decision.reason];
    }),
  ]);
}

const controlCommands: { name: string; state: GatewayControlState; summary: string; description: string }[] = [
  {
    name: 'disable',
    state: 'disabled',
    summary: 'switch a model or route off on every replica',
    description: 'Switch a model (the name an LLM client asks for, or a predict route\'s model) or a route id off: every route serving it answers 503 ERR_MODEL_DISABLED. Written to the store named by the configuration\'s state.database (audited) and announced on Redis when configured; running replicas apply it within control.pollMs (500 ms by default) even without Redis. No running gateway is needed.',
  },
  {
    name: 'restrict',
    state: 'restricted',
    summary: 'restrict a model to labels only',
    description: 'Restrict a model or route: predict answers are reduced to labels (probabilities removed, or one-hot rows when the route declares no label), LLM requests may not ask for logprobs, top_logprobs, logit_bias, echo, n > 1 or best_of > 1, and embeddings are refused. See docs/gateway/control.md.',
  },
  {
    name: 'review',
    state: 'review',
    summary: 'put a classic model in review mode',
    description: 'Put a predict model or route in review mode: answers below routes[].review.minConfidence or in its highImpactClasses (every answer when the route sets neither) are held for a person and the caller gets 202 with a poll path. Decide them with aisec gateway reviews approve|reject.',
  },
  {
    name: 'enable',
    state: 'enabled',
    summary: 'lift a control: serve the model normally again',
    description: 'Set a model or route back to enabled on every replica (the change is kept in the store and audited, like the others).',
  },
];

/** `aisec gateway disable|restrict|review|enable|status|reviews`: the kill switch and the review queue. */
export function registerGatewayControl(gateway: Command, ctx: CliContext): void {
  for (const spec of controlCommands) {
    gateway
      .command(`${spec.name} <model>`)
      .summary(spec.summary)
      .description(spec.description)
      .option('-c, --config <file>', 'gateway configuration (its state.database and redis are used)')
      .option('--reason <text>', 'why (kept in the store and the audit log; never shown to callers)')
      .option('--force', 'set it even when no route of the configuration serves this name')
      .option('--actor <name>', 'who is recorded as making the change (default cli:<user>)')
      .option('--json', 'print the stored control as JSON')
      .addHelpText('after', `
Examples:
  $ aisec gateway ${spec.name} credit --config gateway.yaml${spec.name === 'enable' ? '' : ' --reason "incident 42"'}
  $ aisec gateway ${spec.name} gpt-4o-mini --config gateway.yaml --json`)
      .action(async (model: string, flags: StateFlags & { reason?: string; force?: boolean }, cmd: Command) => {
        checkSubject(model, `aisec gateway ${spec.name}`);
        if (flags.reason !== undefined && flags.reason.length > 2000) throw new AisecError('ERR_USAGE', `--reason takes at most 2000 characters (this one has ${flags.reason.length}).`);
        await withState(cmd, async ({ store, config, bus, warn }) => {
          checkServed(config, model, flags.force ?? false);
          const result = await setModelControl(store, bus, model, spec.state, { actor: flags.actor ?? defaultActor(), reason: flags.reason ?? '' });
          const warnings = controlWarnings(config, model, spec.state);
          for (const w of warnings) warn(w);
          if (result.published === false) warn(`the change could not be announced on Redis; running replicas pick it up from the store within control.pollMs (${config.control.pollMs} ms).`);
          const c = result.control;
          print(ctx, flags.json, { control: c, published: result.published ?? null, warnings }, () => `${c.subject}: ${c.state} (change ${c.version}, by ${c.actor})\n`);
        });
      });
  }

  gateway
    .command('status')
    .summary('show the controls in force')
    .description('List every model and route id the configuration serves, and every name with a stored control, with its state, since when, by whom and why. Reads the store named by the configuration\'s state.database.')
    .option('-c, --config <file>', 'gateway configuration')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', `
Examples:
  $ aisec gateway status --config gateway.yaml
  $ aisec gateway status --config gateway.yaml --json`)
    .action(async (flags: StateFlags, cmd: Command) => {
      await withState(cmd, async ({ store, config }) => {
        const models = controlStatus(config, await store.listGatewayControls());
        print(ctx, flags.json, { models }, () =>
          table([['NAME', 'STATE', 'SINCE', 'BY', 'REASON', 'ROUTES'], ...models.map((m) => [oneLine(m.name, 60), m.state, m.updatedAt ?? '-', oneLine(m.actor, 30), oneLine(m.reason, 40), m.routes.join(',') || '-'])]),
        );
      });
    });

  const reviews = gateway
    .command('reviews')
    .summary('list and decide answers held for review')
    .description('The review queue: answers of predict models in review mode, held until a person approves (the caller then gets the answer) or rejects them (the caller gets a refusal).')
    .addHelpText('after', `
Examples:
  $ aisec gateway reviews list --config gateway.yaml --status pending
  $ aisec gateway reviews approve rv_3q2B7xP0d9cW1mN4kT6yHg --config gateway.yaml --note "checked"`);

  reviews
    .command('list')
    .summary('list review items, oldest first')
    .option('-c, --config <file>', 'gateway configuration')
    .option('--status <status>', `only items with this status: ${statuses.join(', ')}`)
    .option('--model <name>', 'only items of this model')
    .option('--limit <n>', 'at most this many (1 to 1000)', '100')
    .option('--json', 'print the items (with the held answers) as JSON')
    .addHelpText('after', `
Examples:
  $ aisec gateway reviews list --config gateway.yaml --status pending
  $ aisec gateway reviews list --config gateway.yaml --model credit --json`)
    .action(async (flags: StateFlags & { status?: string; model?: string; limit: string }, cmd: Command) => {
      if (flags.status !== undefined && !(statuses as readonly string[]).includes(flags.status)) throw new AisecError('ERR_USAGE', `--status takes ${statuses.join(', ')}, not "${flags.status.slice(0, 40)}".`);
      const limit = /^[0-9]{1,4}$/.test(flags.limit) ? Number(flags.limit) : Number.NaN;
      if (!(limit >= 1 && limit <= 1000)) throw new AisecError('ERR_USAGE', `--limit takes a whole number from 1 to 1000, not "${flags.limit.slice(0, 40)}".`);
      if (flags.model !== undefined) checkSubject(flags.model, '--model');
      await withState(cmd, async ({ store }) => {
        await store.expireReviewItems(new Date());
        const items = await listReviews(store, { ...(flags.status ? { status: flags.status as ReviewStatus } : {}), ...(flags.model ? { model: flags.model } : {}), limit });
        print(ctx, flags.json, { reviews: items }, () => reviewRows(items));
      });
    });

  reviews
    .command('show <id>')
    .summary('show one review item with its held answer')
    .option('-c, --config <file>', 'gateway configuration')
    .option('--json', 'print it as JSON')
    .addHelpText('after', `
Examples:
  $ aisec gateway reviews show rv_3q2B7xP0d9cW1mN4kT6yHg --config gateway.yaml`)
    .action(async (id: string, flags: StateFlags, cmd: Command) => {
      checkReviewId(id, 'aisec gateway reviews show');
      await withState(cmd, async ({ store }) => {
        const item = await store.getReviewItem(id);
        if (item === null) throw new AisecError('ERR_REVIEW_NOT_FOUND', `No review item has the id ${id}.`);
        const shown = showItem(item, Date.now());
        print(ctx, flags.json, shown, () => `${reviewRows([item])}\nanswer (status ${item.answer.status}):\n${JSON.stringify(item.answer.body, null, 2)}\n`);
      });
    });

  for (const [name, verdict] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const) {
    reviews
      .command(`${name} <id>`)
      .summary(name === 'approve' ? 'release a held answer to its caller' : 'refuse a held answer')
      .option('-c, --config <file>', 'gateway configuration')
      .option('--note <text>', 'a note kept with the decision and in the audit log')
      .option('--actor <name>', 'who is recorded as deciding (default cli:<user>)')
      .option('--json', 'print the decided item as JSON')
      .addHelpText('after', `
Examples:
  $ aisec gateway reviews ${name} rv_3q2B7xP0d9cW1mN4kT6yHg --config gateway.yaml --note "checked by hand"`)
      .action(async (id: string, flags: StateFlags & { note?: string }, cmd: Command) => {
        checkReviewId(id, `aisec gateway reviews ${name}`);
        if (flags.note !== undefined && flags.note.length > 4000) throw new AisecError('ERR_USAGE', `--note takes at most 4000 characters (this one has ${flags.note.length}).`);
        await withState(cmd, async ({ store }) => {
          const item = await decideReview(store, id, verdict, { actor: flags.actor ?? defaultActor(), ...(flags.note === undefined ? {} : { note: flags.note }) });
          print(ctx, flags.json, item, () => `${item.id}: ${item.status} (by ${item.decidedBy})\n`);
        });
      });
  }
}
