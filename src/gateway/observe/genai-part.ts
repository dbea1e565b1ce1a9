/**
 * Request metrics under the OpenTelemetry GenAI semantic conventions, in Prometheus form:
 * `gen_ai_server_request_duration_seconds` (histogram with the conventions' bucket boundaries),
 * by `gen_ai_operation_name` (chat, text_completion, embeddings; `predict` for classic models
 * and `models` for model lists, which the conventions do not name), route and `error_type`
 * (the error code, empty on success). Tokens are counted by the limits part
 * (`aisec_gateway_limits_tokens_charged_total`). Always on: one histogram update per request.
 */
import type { GatewayPart } from '../pipeline/part.js';

/** Bucket boundaries of gen_ai.server.request.duration (seconds), from the conventions. */
export const genAiDurationBuckets = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92] as const;

const operations: Record<string, string> = { 'chat/completions': 'chat', completions: 'text_completion', embeddings: 'embeddings', models: 'models', predict: 'predict' };

interface Histogram {
  readonly labels: string;
  readonly counts: number[];
  sum: number;
  count: number;
}

/** Make the part. */
export function createGenAiMetricsPart(): GatewayPart {
  const series = new Map<string, Histogram>();
  return {
    id: 'genai-metrics',
    stages: {
      audit: (record) => {
        const operation = operations[record.endpoint];
        if (operation === undefined) return; // health, metrics, admin and unmatched paths
        const key = `${operation}\u0000${record.route}\u0000${record.code ?? ''}`;
        let h = series.get(key);
        if (h === undefined) {
          h = { labels: `gen_ai_operation_name="${operation}",route="${record.route}",error_type="${record.code ?? ''}"`, counts: genAiDurationBuckets.map(() => 0), sum: 0, count: 0 };
          series.set(key, h);
        }
        const seconds = record.durationMs / 1000;
        for (let i = 0; i < genAiDurationBuckets.length; i++) if (seconds <= genAiDurationBuckets[i]!) h.counts[i]!++;
        h.sum += seconds;
        h.count++;
      },
    },
    metrics: () => {
      const out = ['# HELP gen_ai_server_request_duration_seconds Time from request to the end of the response (OpenTelemetry gen_ai.server.request.duration).', '# TYPE gen_ai_server_request_duration_seconds histogram'];
      for (const h of series.values()) {
        genAiDurationBuckets.forEach((le, i) => out.push(`gen_ai_server_request_duration_seconds_bucket{${h.labels},le="${le}"} ${h.counts[i]}`));
        out.push(`gen_ai_server_request_duration_seconds_bucket{${h.labels},le="+Inf"} ${h.count}`, `gen_ai_server_request_duration_seconds_sum{${h.labels}} ${h.sum}`, `gen_ai_server_request_duration_seconds_count{${h.labels}} ${h.count}`);
      }
      return `${out.join('\n')}\n`;
    },
  };
}
