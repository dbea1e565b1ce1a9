import path from 'node:path';
import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import { apiKeyState, apiKeyView, issueApiKey, loadGatewayConfig, parseExpiry, parseScope, stateLocation, type GatewayConfig } from '../../gateway/index.js';
import { isPostgresUrl, openStore, type Store } from '../../store/index.js';
import type { CliContext } from '../context.js';
import { actor } from '../options.js';

/** Collect a repeatable option (no default, so --help shows none). */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

interface WhereFlags {
  config?: string;
  database?: string;
}

/** Open the gateway's store named by --config (its state.database) or --database. */
async function openKeyStore(flags: WhereFlags): Promise<{ store: Store; config: GatewayConfig | undefined }> {
  if (flags.config !== undefined && flags.database !== undefined) throw new AisecError('ERR_USAGE', 'Give --config or --database, not both.');
  if (flags.database !== undefined) {
    const db = flags.database.trim();
    if (db === '') throw new AisecError('ERR_USAGE', '--database takes a SQLite file or a postgres:// URL.');
    return { store: await openStore(isPostgresUrl(db) ? { url: db, sqlitePath: '' } : { sqlitePath: path.resolve(db) }), config: undefined };
  }
  if (flags.config !== undefined) {
    const loaded = await loadGatewayConfig(flags.config);
    return { store: await openStore(stateLocation(loaded.config, loaded.file)), config: loaded.config };
  }
  throw new AisecError('ERR_USAGE', 'Say where the gateway keeps its keys: --config gateway.yaml (its state.database) or --database FILE|postgres://URL.');
}

async function withStore<T>(flags: WhereFlags, fn: (store: Store, config: GatewayConfig | undefined) => Promise<T>): Promise<T> {
  const { store, config } = await openKeyStore(flags);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}

/** Scopes naming routes or models the configuration does not have (likely typos). */
function unknownNames(scopes: readonly string[], config: GatewayConfig): string[] {
  const routes = new Set(config.routes.map((r) => r.id));
  const models = new Set(config.routes.flatMap((r) => (r.kind === 'predict' ? [r.model] : (r.models ?? []))));
  const anyModel = config.routes.some((r) => r.kind === 'openai' && r.models === undefined);
  const problems: string[] = [];
  for (const text of scopes) {
    const scope = parseScope(text);
    if (scope === undefined) continue;
    if ((scope.kind === 'route' || scope.kind === 'route-model') && !routes.has(scope.route)) problems.push(`${text} (no route "${scope.route}")`);
    else if ((scope.kind === 'model' || scope.kind === 'route-model') && !anyModel && !models.has(scope.model)) problems.push(`${text} (no route serves "${scope.model}")`);
  }
  return problems;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

const day = (iso: string | null): string => (iso === null ? '-' : iso.slice(0, 16).replace('T', ' '));

const whereHelp = `
The keys live in the gateway's store: --config reads state.database from gateway.yaml,
--database names the SQLite file or PostgreSQL URL directly.`;

/** `aisec keys create|list|revoke`: the gateway's API keys. */
export function registerApiKeyCommands(keys: Command, ctx: CliContext): void {
  keys
    .command('create')
    .summary('create an API key for the inference gateway (shown once)')
    .description(
      'Make a random API key (aisec_<id>_<secret>) with an owner, scopes and an optional expiry, and store only the SHA-256 digest of its secret. The key is printed once, on stdout; it cannot be shown again. Every running gateway replica accepts it within auth.refreshMs.',
    )
    .requiredOption('--owner <name>', 'who the key is for (a person, team or service)')
    .option('--scope <scope>', 'what it may call (repeatable): *, admin, route:<id>, model:<name>, route:<id>/model:<name>', collect)
    .option('--expires <when>', 'when it stops working: 90d, 12h, 8w, 2027-01-01, 2027-01-01T12:00:00Z or never', 'never')
    .option('-c, --config <file>', 'gateway configuration whose state.database holds the keys')
    .option('--database <file-or-url>', 'the store itself: a SQLite file or a postgres:// URL')
    .option('--json', 'print the key and its record as JSON')
    .addHelpText('after', `${whereHelp}

Examples:
  $ aisec keys create --owner team-search --scope route:chat --scope model:gpt-4o-mini --expires 90d --config gateway.yaml
  $ KEY=$(aisec keys create --owner ci --scope route:embed --expires 2027-01-01 --database .aisec/gateway.db --quiet)
  $ aisec keys create --owner ops --scope admin --expires 30d --config gateway.yaml --json`)
    .action(async (flags: WhereFlags & { owner: string; scope?: string[]; expires: string; json?: boolean }) => {
      const expiresAt = parseExpiry(flags.expires);
      await withStore(flags, async (store, config) => {
        const issued = await issueApiKey(store, { owner: flags.owner, scopes: flags.scope ?? [], expiresAt });
        const record = issued.record;
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ key: issued.key, ...apiKeyView(record), note: 'The key is shown only this once; store it in a secret manager now.' }, null, 2)}\n`);
        } else {
          process.stdout.write(`${issued.key}\n`);
          if (!ctx.quiet) {
            process.stderr.write(
              `Created key ${record.id} for ${record.owner}: scopes ${record.scopes.join(' ')}; expires ${record.expiresAt ?? 'never'}.\n` +
                'This is the only time the key is shown: store it in a secret manager now. The store keeps only a digest of it.\n',
            );
          }
        }
        const unknown = config === undefined ? [] : unknownNames(record.scopes, config);
        if (unknown.length > 0) process.stderr.write(`Warning: these scopes name nothing in ${flags.config}: ${unknown.join(', ')}. The key was made; revoke it if that was a typo.\n`);
      });
    });

  keys
    .command('list')
    .summary('list the gateway\'s API keys (never their secrets)')
    .description('List the API keys: id, owner, scopes, when created, when they expire, whether revoked, and when last used (recorded in batches, up to a minute behind). Secrets are never stored, so never shown.')
    .option('--all', 'include revoked keys')
    .option('--owner <name>', 'only the keys of this owner')
    .option('-c, --config <file>', 'gateway configuration whose state.database holds the keys')
    .option('--database <file-or-url>', 'the store itself: a SQLite file or a postgres:// URL')
    .option('--json', 'print JSON')
    .addHelpText('after', `${whereHelp}

Examples:
  $ aisec keys list --config gateway.yaml
  $ aisec keys list --database postgres://gateway@db:5432/aisec --all --json | jq '.[] | select(.revokedAt == null)'`)
    .action(async (flags: WhereFlags & { all?: boolean; owner?: string; json?: boolean }) => {
      await withStore(flags, async (store) => {
        const list = await store.listApiKeys({ includeRevoked: flags.all === true, ...(flags.owner === undefined ? {} : { owner: flags.owner }) });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(list.map(apiKeyView), null, 2)}\n`);
          return;
        }
        if (list.length === 0) {
          process.stdout.write(`No ${flags.all ? '' : 'unrevoked '}keys.\n`);
          return;
        }
        const now = Date.now();
        const rows = [['ID', 'OWNER', 'STATE', 'CREATED', 'EXPIRES', 'LAST USED', 'SCOPES']];
        for (const key of list) rows.push([key.id, key.owner, apiKeyState(key, now), day(key.createdAt), day(key.expiresAt), day(key.lastUsedAt), key.scopes.join(' ')]);
        process.stdout.write(`${table(rows)}\n`);
      });
    });

  keys
    .command('revoke')
    .summary('revoke a gateway API key')
    .description('Revoke a key at once and for good, recording who and why. Every gateway replica refuses it within auth.refreshMs (0.5 s by default). Revoking a revoked key changes nothing.')
    .argument('<key-id>', 'the key id (the part after aisec_, as aisec keys list shows it)')
    .option('-r, --reason <text>', 'why (kept with the key)', '')
    .option('--by <name>', 'who revokes (default: the OS user)')
    .option('-c, --config <file>', 'gateway configuration whose state.database holds the keys')
    .option('--database <file-or-url>', 'the store itself: a SQLite file or a postgres:// URL')
    .option('--json', 'print the revoked key as JSON')
    .addHelpText('after', `${whereHelp}

Examples:
  $ aisec keys revoke k3x9q2m7a1bc --reason "leaked in a CI log" --config gateway.yaml
  $ aisec keys revoke k3x9q2m7a1bc --database .aisec/gateway.db --by alice --json`)
    .action(async (keyId: string, flags: WhereFlags & { reason: string; by?: string; json?: boolean }) => {
      // Someone pasting the whole key gets its id taken from it, and the secret is not echoed.
      const id = /^aisec_([a-z2-7]{12})_/.exec(keyId)?.[1] ?? keyId;
      if (!/^[A-Za-z0-9-]{4,64}$/.test(id)) throw new AisecError('ERR_USAGE', 'The key id is the 12 characters after aisec_ (aisec keys list shows them).');
      await withStore(flags, async (store) => {
        const before = await store.getApiKey(id);
        if (before === null) throw new AisecError('ERR_USAGE', `No key has the id ${id}; aisec keys list --all shows the keys.`);
        const key = await store.revokeApiKey(id, { by: actor(flags.by), reason: flags.reason });
        if (flags.json) process.stdout.write(`${JSON.stringify(apiKeyView(key), null, 2)}\n`);
        else if (!ctx.quiet) {
          process.stdout.write(
            before.revokedAt === null
              ? `Revoked ${key.id} (${key.owner}). Gateways refuse it within their refresh interval.\n`
              : `${key.id} was already revoked on ${key.revokedAt} by ${key.revokedBy}; nothing changed.\n`,
          );
        }
      });
    });
}
