import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import { loadGatewayConfig, stateLocation } from '../../gateway/index.js';
import { defaultServePort, openServedStores, startServer, type ServedGateway } from '../../server/index.js';
import { openStore } from '../../store/index.js';
import type { CliContext } from '../context.js';
import { untilStopped } from '../until-stopped.js';

interface ServeFlags {
  databaseUrl?: string;
  keys?: string;
  host: string;
  port: string;
  gatewayConfig?: string;
  tlsCert?: string;
  tlsKey?: string;
  sessionHours: string;
  web?: string;
}

function readPem(file: string, flag: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${flag} ${file} cannot be read: ${(cause as Error).message}`, { cause });
  }
}

/** `aisec serve`: the HTTP API and the dashboard. */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .summary('run the HTTP API and the dashboard')
    .description(
      'Serve the JSON API (/api/v1/…) and the built dashboard for the AI systems in DIR… (default: the current folder). With AISEC_DATABASE_URL or --database-url one PostgreSQL store holds every system and every token; otherwise each DIR has its own SQLite store (DIR/.aisec/aisec.db). Sign in with a token: an API key with a role scope, made with aisec keys create --scope role:viewer|analyst|admin. A token in a system\'s store opens that system; a token in the --keys store (or the database) opens all of them, the gateway controls and the key list. See docs/dashboard.md.',
    )
    .argument('[dir...]', 'folders of the AI systems to serve')
    .option('--database-url <url>', 'PostgreSQL store (default: AISEC_DATABASE_URL)')
    .option('--keys <dir>', 'folder whose .aisec/aisec.db holds tokens that open every system (SQLite only)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one and prints it)', String(defaultServePort))
    .option('-g, --gateway-config <file>', 'gateway configuration whose model controls the API shows and changes (its state.database)')
    .option('--tls-cert <file>', 'PEM certificate: serve HTTPS (session cookies are then Secure)')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option('--session-hours <n>', 'how long a sign-in lasts (at most the token\'s own expiry)', '8')
    .option('--web <dir>', 'the built dashboard to serve (default: dist/web of aisec, made by npm run build:web)')
    .addHelpText('after', `
Examples:
  $ aisec keys create --owner alice --scope role:analyst --expires 90d --database examples/credit-scoring/.aisec/aisec.db
  $ aisec serve examples/credit-scoring
  $ aisec serve examples/credit-scoring examples/support-bot --keys ops --gateway-config examples/gateway/gateway.yaml
  $ AISEC_DATABASE_URL=postgres://aisec@db:5432/aisec aisec serve --host 0.0.0.0 --tls-cert cert.pem --tls-key key.pem
  $ curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8700/api/v1/systems

The URL is printed on stdout (with --port 0, the port chosen). SIGINT or SIGTERM stops
accepting and lets requests in flight finish.`)
    .action(async (dirs: string[], flags: ServeFlags) => {
      const port = /^[0-9]{1,5}$/.test(flags.port) ? Number(flags.port) : Number.NaN;
      if (!(port >= 0 && port <= 65535)) throw new AisecError('ERR_USAGE', `--port takes a number from 0 to 65535, not "${flags.port.slice(0, 20)}".`);
      const hours = Number(flags.sessionHours);
      if (!(hours > 0 && hours <= 24 * 30)) throw new AisecError('ERR_USAGE', `--session-hours takes a number of hours above 0 and at most 720, not "${flags.sessionHours.slice(0, 20)}".`);
      if ((flags.tlsCert === undefined) !== (flags.tlsKey === undefined)) throw new AisecError('ERR_USAGE', 'Give --tls-cert and --tls-key together.');
      const tls = flags.tlsCert && flags.tlsKey ? { cert: readPem(flags.tlsCert, '--tls-cert'), key: readPem(flags.tlsKey, '--tls-key') } : undefined;
      const stores = await openServedStores({ dirs, databaseUrl: flags.databaseUrl ?? process.env.AISEC_DATABASE_URL, keysDir: flags.keys });
      let gateway: ServedGateway | undefined;
      try {
        if (flags.gatewayConfig !== undefined) {
          const loaded = await loadGatewayConfig(flags.gatewayConfig);
          gateway = { file: loaded.file, config: loaded.config, store: await openStore(stateLocation(loaded.config, loaded.file)) };
        }
        const log = (line: string): void => void process.stderr.write(`${line}\n`);
        const server = await startServer({ stores, host: flags.host, port, gateway, tls, sessionMs: hours * 3_600_000, webRoot: flags.web === undefined ? undefined : path.resolve(flags.web), log });
        process.stdout.write(`${server.url}\n`);
        if (!ctx.quiet) {
          const systems = (await stores.systems()).map((s) => s.name);
          log(`serve: listening on ${server.url} (${stores.backend}; systems: ${systems.join(', ') || 'none yet'}${gateway ? `; gateway ${gateway.file}` : ''})`);
          if (tls === undefined && !['127.0.0.1', '::1', 'localhost'].includes(flags.host)) log('serve: warning: serving plain HTTP beyond this machine; tokens and session cookies cross the network in clear. Use --tls-cert/--tls-key or a TLS proxy.');
        }
        await untilStopped(ctx);
        if (!ctx.quiet) log('serve: stopping; requests in flight may finish');
        await server.close();
      } finally {
        await gateway?.store.close();
        await stores.close();
      }
    });
}
