/**
 * A reader of the Prometheus text exposition format (version 0.0.4) for the samples a gateway's
 * `/metrics` answers: `name{label="value",…} value [timestamp]`. It scans characters by hand
 * (no regular expression runs on the text), so its time is linear in the input; it refuses a
 * line longer than `maxLineChars` or more than `maxSeries` samples, and skips lines it cannot
 * read (counted in `skipped`) instead of failing on them.
 */
import { AisecError } from '../../core/errors.js';

/** One sample. */
export interface MetricSample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** What {@link parseMetricsText} read. */
export interface ParsedMetrics {
  readonly samples: readonly MetricSample[];
  /** Lines that were neither comments, blank, nor readable samples. */
  readonly skipped: number;
}

/** Limits of {@link parseMetricsText}. */
export interface MetricsTextLimits {
  /** Longest line, in characters (default 4096). */
  readonly maxLineChars?: number;
  /** Most samples (default 20,000). */
  readonly maxSeries?: number;
  /** Most labels on one sample (default 32). */
  readonly maxLabels?: number;
}

const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57);

/** Read one sample line; undefined when it is not one. */
function readSample(line: string, maxLabels: number): MetricSample | undefined {
  let i = 0;
  const n = line.length;
  if (n === 0 || !isNameStart(line.charCodeAt(0))) return undefined;
  while (i < n && isNameChar(line.charCodeAt(i))) i++;
  const name = line.slice(0, i);
  const labels: Record<string, string> = Object.create(null) as Record<string, string>;
  let count = 0;
  if (line[i] === '{') {
    i++;
    for (;;) {
      while (line[i] === ' ') i++;
      if (line[i] === '}') {
        i++;
        break;
      }
      const start = i;
      if (i >= n || !isNameStart(line.charCodeAt(i))) return undefined;
      while (i < n && isNameChar(line.charCodeAt(i))) i++;
      const key = line.slice(start, i);
      if (line[i] !== '=' || line[i + 1] !== '"') return undefined;
      i += 2;
      let value = '';
      for (;;) {
        if (i >= n) return undefined;
        const ch = line[i]!;
        if (ch === '"') break;
        if (ch === '\\') {
          const next = line[i + 1];
          if (next === 'n') value += '\n';
          else if (next === '\\' || next === '"') value += next;
          else return undefined;
          i += 2;
        } else {
          value += ch;
          i++;
        }
      }
      i++;
      if (++count > maxLabels || Object.prototype.hasOwnProperty.call(labels, key)) return undefined;
      labels[key] = value;
      while (line[i] === ' ') i++;
      if (line[i] === ',') i++;
      else if (line[i] !== '}') return undefined;
    }
  }
  if (line[i] !== ' ' && line[i] !== '\t') return undefined;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const start = i;
  while (i < n && line[i] !== ' ' && line[i] !== '\t') i++;
  const text = line.slice(start, i);
  const value = text === '+Inf' ? Infinity : text === '-Inf' ? -Infinity : text === 'NaN' ? NaN : text === '' ? NaN : Number(text);
  if (Number.isNaN(value) && text !== 'NaN') return undefined;
  return { name, labels: { ...labels }, value };
}

/**
 * Read the samples of a metrics text.
 *
 * @throws AisecError ERR_DATA_LIMIT when a line or the number of samples is over its limit.
 * @example
 * parseMetricsText('aisec_gateway_requests_total{route="chat",status="200"} 3\n').samples[0].value // 3
 */
export function parseMetricsText(text: string, limits: MetricsTextLimits = {}): ParsedMetrics {
  const maxLineChars = limits.maxLineChars ?? 4096;
  const maxSeries = limits.maxSeries ?? 20_000;
  const maxLabels = limits.maxLabels ?? 32;
  const samples: MetricSample[] = [];
  let skipped = 0;
  let lineNo = 0;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    lineNo++;
    if (end - at > maxLineChars) throw new AisecError('ERR_DATA_LIMIT', `Metrics text line ${lineNo} is longer than ${maxLineChars} characters; a gateway's /metrics never writes such lines, so this is not an aisec gateway or its answer is damaged.`);
    let line = text.slice(at, end);
    at = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    line = line.trim();
    if (line === '' || line.startsWith('#')) continue;
    const sample = readSample(line, maxLabels);
    if (sample === undefined) {
      skipped++;
      continue;
    }
    if (samples.length >= maxSeries) throw new AisecError('ERR_DATA_LIMIT', `Metrics text has more than ${maxSeries} samples (at line ${lineNo}); read a gateway with fewer routes, or raise the limit.`);
    samples.push(sample);
  }
  return { samples, skipped };
}
