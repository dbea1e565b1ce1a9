/**
 * Request metrics under the OpenTelemetry GenAI semantic conventions, in Prometheus form, by
 * `gen_ai_operation_name` (chat, text_completion, embeddings; `predict` for classic models and
 * `models` for model lists, which the conventions do not name) and route:
 * - `gen_ai_server_request_duration_seconds` (gen_ai.server.request.duration), also by
 *   `error_type` (the error code, empty on success);
 * - `gen_ai_client_token_usage` (gen_ai.client.token.usage, unit {token}), by
 *   `gen_ai_token_type` (input, output): the prompt_tokens and completion_tokens of the
 *   upstream's `usage` of every LLM answer with a 2xx status (but model lists); the count the
 *   limits part makes for a request a token limit applies to is shared, otherwise this part
 *   watches the answer itself (it never holds it: a JSON answer is counted when it ends);
 * - `gen_ai_server_time_to_first_token_seconds` (gen_ai.server.time_to_first_token): for
 *   streamed answers with a 2xx status, the time from the request's arrival to the first body
 *   bytes sent to the client (an SSE error event is not a first token).
 * Bucket boundaries are the conventions'. Always on: a few histogram updates per request.
 */
import { usageWatcher } from '../limits/usage-watchers.js';
import type { GatewayPart } from '../pipeline/part.js';
import type { AuditRecord, GatewayRequest, ResponseInspector } from '../pipeline/stages.js';
import { Histogram } from './histogram.js';

/** Bucket boundaries of gen_ai.server.request.duration (seconds), from the conventions. */
export const genAiDurationBuckets = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92] as const;
/** Bucket boundaries of gen_ai.client.token.usage (tokens), from the conventions. */
export const genAiTokenBuckets = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864] as const;
/** Bucket boundaries of gen_ai.server.time_to_first_token (seconds), from the conventions. */
export const genAiTimeToFirstTokenBuckets = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0] as const;

const operations: Record<string, string> = { 'chat/completions': 'chat', completions: 'text_completion', embeddings: 'embeddings', models: 'models', predict: 'predict' };

/** The token and first-token series of one operation on one route, made when first needed. */
interface RouteSeries {
  readonly labels: string;
  input: Histogram | undefined;
  output: Histogram | undefined;
  firstToken: Histogram | undefined;
}

const durationName = 'gen_ai_server_request_duration_seconds';
const tokensName = 'gen_ai_client_token_usage';
const firstTokenName = 'gen_ai_server_time_to_first_token_seconds';

/** Make the part. */
export function createGenAiMetricsPart(): GatewayPart {
  const durations = new Map<string, Histogram>();
  const routes = new Map<string, RouteSeries>();

  const routeSeries = (operation: string, record: AuditRecord): RouteSeries => {
    const key = `${operation}\u0000${record.route}`;
    let s = routes.get(key);
    if (s === undefined) {
      s = { labels: `gen_ai_operation_name="${operation}",route="${record.route}"`, input: undefined, output: undefined, firstToken: undefined };
      routes.set(key, s);
    }
    return s;
  };

  /** A watcher counting the answer's usage, unless a part before this one (limits) already counts it. */
  const responseGuard = (req: GatewayRequest, response: { status: number; streaming: boolean }): ResponseInspector | undefined => {
    if (req.tokenUsage !== undefined || req.route.kind !== 'openai' || req.endpoint === 'models' || response.status < 200 || response.status >= 300) return undefined;
    const watcher = usageWatcher(response.streaming);
    req.tokenUsage = watcher.count;
    return watcher;
  };

  return {
    id: 'genai-metrics',
    stages: {
      responseGuard,
      audit: (record) => {
        const operation = operations[record.endpoint];
        if (operation === undefined) return; // health, metrics, admin and unmatched paths
        const key = `${operation}\u0000${record.route}\u0000${record.code ?? ''}`;
        let h = durations.get(key);
        if (h === undefined) {
          h = new Histogram(`gen_ai_operation_name="${operation}",route="${record.route}",error_type="${record.code ?? ''}"`, genAiDurationBuckets);
          durations.set(key, h);
        }
        h.observe(record.durationMs / 1000);
        const usage = record.request?.tokenUsage;
        const input = usage?.inputTokens;
        const output = usage?.outputTokens;
        const firstByteMs = record.status >= 200 && record.status < 300 ? record.firstByteMs : undefined;
        if (input === undefined && output === undefined && firstByteMs === undefined) return;
        const s = routeSeries(operation, record);
        if (input !== undefined) (s.input ??= new Histogram(`${s.labels},gen_ai_token_type="input"`, genAiTokenBuckets)).observe(input);
        if (output !== undefined) (s.output ??= new Histogram(`${s.labels},gen_ai_token_type="output"`, genAiTokenBuckets)).observe(output);
        if (firstByteMs !== undefined) (s.firstToken ??= new Histogram(s.labels, genAiTimeToFirstTokenBuckets)).observe(firstByteMs / 1000);
      },
    },
    metrics: () => {
      const out = [`# HELP ${durationName} Time from request to the end of the response (OpenTelemetry gen_ai.server.request.duration).`, `# TYPE ${durationName} histogram`];
      for (const h of durations.values()) h.write(out, durationName);
      out.push(
        `# HELP ${tokensName} Input and output tokens per request, from the usage the upstream reported (OpenTelemetry gen_ai.client.token.usage, unit {token}); LLM answers with a 2xx status that report usage.`,
        `# TYPE ${tokensName} histogram`,
      );
      for (const s of routes.values()) {
        s.input?.write(out, tokensName);
        s.output?.write(out, tokensName);
      }
      out.push(`# HELP ${firstTokenName} Time from request to the first body bytes sent to the client of a streamed answer with a 2xx status (OpenTelemetry gen_ai.server.time_to_first_token).`, `# TYPE ${firstTokenName} histogram`);
      for (const s of routes.values()) s.firstToken?.write(out, firstTokenName);
      return `${out.join('\n')}\n`;
    },
  };
}
