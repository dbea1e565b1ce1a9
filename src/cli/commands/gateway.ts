import type { Command } from 'commander';
import { AisecError } from '../../core/errors.js';
import { formatLogLine, loadGatewayConfig, logFormats, startGateway, watchConfigFile, type LogFormat } from '../../gateway/index.js';
import type { CliContext } from '../context.js';
import { untilStopped } from '../until-stopped.js';
import { registerGatewayControl } from './gateway-control.js';

/** `aisec gateway`: run the inference gateway. */
export function registerGateway(program: Command, ctx: CliContext): void {
  const gateway = program
    .command('gateway')
    .summary('run the inference gateway')
    .description('Run the inference gateway in front of model servers: OpenAI-compatible routes (/v1/chat/completions, /v1/completions, /v1/embeddings, /v1/models) and classic POST /predict/<model> routes, streaming passed through as it comes, GET /healthz and GET /metrics. The configuration file is watched and reloaded on change or SIGHUP; an invalid change is logged and the running configuration stays. SIGINT or SIGTERM stops accepting and lets in-flight requests finish (listen.shutdownGraceMs).')
    .requiredOption('-c, --config <file>', 'gateway configuration (gateway.yaml; see docs/gateway.md)')
    .option('--host <host>', 'address to bind instead of listen.host')
    .option('--port <port>', 'port instead of listen.port (0 picks a free one)')
    .option('--check', 'validate the configuration and exit')
    .option('--log-format <format>', `log lines on stderr: ${logFormats.join(' or ')} (one JSON object per line, for log pipelines)`, 'text')
    .addHelpText('after', `
Examples:
  $ aisec gateway --config examples/gateway/gateway.yaml
  $ aisec gateway --config gateway.yaml --check
  $ aisec gateway --config gateway.yaml --host 0.0.0.0 --port 8443
  $ aisec gateway --config gateway.yaml --log-format json 2>> gateway.log.jsonl
  $ aisec gateway disable credit --config gateway.yaml --reason "incident 42"
  $ aisec gateway status --config gateway.yaml
  $ aisec gateway reviews list --config gateway.yaml --status pending

The kill switch (disable, restrict, review, enable, status) and the review queue (reviews)
work on the store named by state.database; no running gateway is needed.`)
    .action(async (flags: { config: string; host?: string; port?: string; check?: boolean; logFormat: string }) => {
      if (!(logFormats as readonly string[]).includes(flags.logFormat)) throw new AisecError('ERR_USAGE', `--log-format takes ${logFormats.join(' or ')}, not "${flags.logFormat}".`);
      const format = flags.logFormat as LogFormat;
      const port = flags.port === undefined ? undefined : Number(flags.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new AisecError('ERR_USAGE', `--port takes a number from 0 to 65535, not "${flags.port}".`);
      const loaded = await loadGatewayConfig(flags.config);
      if (flags.check) {
        if (!ctx.quiet) process.stdout.write(`${loaded.file}: valid (version ${loaded.version}, ${loaded.config.upstreams.length} upstreams, ${loaded.config.routes.length} routes)\n`);
        return;
      }
      const log = (line: string): void => {
        process.stderr.write(`${formatLogLine(line, format)}\n`);
      };
      const gateway = await startGateway({ loaded, host: flags.host, port, log });
      log(`gateway: listening on ${gateway.url} with configuration ${loaded.version} from ${loaded.file}`);
      const reload = (): void => void gateway.reload();
      const stopWatching = watchConfigFile(loaded.file, reload);
      process.on('SIGHUP', reload);
      await untilStopped(ctx);
      log('gateway: stopping; in-flight requests may finish');
      stopWatching();
      process.off('SIGHUP', reload);
      await gateway.close();
      log('gateway: stopped');
    });
  registerGatewayControl(gateway, ctx);
}
