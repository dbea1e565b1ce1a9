/**
 * How aisec talks to a model behind an HTTP JSON endpoint: where to send rows, how to put them
 * in a request body, and where the answers are in the response. It sits in aisec.yaml under a
 * model's endpoint, so every field is plain YAML and documented; secrets stay out of the file
 * as `${env:NAME}` references in header values.
 */
import { z } from 'zod';
import { pointerProblem } from './json-pointer.js';

/** A `${env:NAME}` reference in a header value. */
export const envReferencePattern = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Headers aisec sets itself or that the HTTP client refuses. */
const reservedHeaders = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect', 'te', 'trailer']);

const mib = 1024 * 1024;

function pointer(allowEach: boolean) {
  return z
    .string()
    .max(1000)
    .superRefine((text, ctx) => {
      const problem = pointerProblem(text, allowEach);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    });
}

const HeaderValueSchema = z
  .string()
  .max(8192)
  .superRefine((value, ctx) => {
    if (/[\r\n\0]/.test(value)) ctx.addIssue({ code: 'custom', message: 'a header value may not contain line breaks or NUL' });
    const withoutRefs = value.replace(envReferencePattern, '');
    if (withoutRefs.includes('${')) ctx.addIssue({ code: 'custom', message: 'write environment references as ${env:NAME}, NAME of letters, digits and _' });
  });

/** How the rows of a batch go into a request body. */
export const HttpRequestMappingSchema = z
  .strictObject({
    mode: z
      .enum(['rows', 'single'])
      .default('rows')
      .describe('rows: one request carries up to maxBatch rows as a list; single: one request per row.'),
    field: pointer(false)
      .default('/inputs')
      .describe('JSON pointer where the features go in the body, e.g. /inputs or /data/features; empty ("") makes them the whole body.'),
    row: z
      .enum(['array', 'object'])
      .default('array')
      .describe('array: a row is [x1, x2, ...] in feature order; object: a row is {name: value} keyed by featureNames.'),
    template: z
      .record(z.string(), z.json())
      .optional()
      .describe('Other fields sent in every body, e.g. {model: v2}; the features are placed into it at `field`.'),
  })
  .describe('How rows are put into a request body.');

/** Where the answers are in a response body. */
export const HttpResponseMappingSchema = z
  .strictObject({
    probabilities: pointer(true)
      .optional()
      .describe(
        'JSON pointer to the class probabilities: /probs (an array with one entry per row) or /predictions/*/scores (* = each row). ' +
          'A row is an array of scores in class order, or an object of class name → score (needs `classes`).',
      ),
    labels: pointer(true)
      .optional()
      .describe('JSON pointer to the predicted labels, one per row: class indices, or class names listed in `classes`.'),
    output: pointer(true)
      .optional()
      .describe('JSON pointer to the answer when it is not known whether it holds probabilities or labels; a probe finds out.'),
    classes: z
      .array(z.union([z.string().min(1).max(200), z.number()]))
      .min(2)
      .max(10_000)
      .optional()
      .describe('Class names in the model\'s class order: maps class-name labels and class → score objects to class indices.'),
    sumTolerance: z
      .number()
      .min(0)
      .max(0.5)
      .default(0.01)
      .describe('How far a row of probabilities may sum from 1 and still be accepted (it is then rescaled to sum to 1).'),
  })
  .describe('Where the predictions are in a response body (exactly one of probabilities, labels, output).');

/** A model behind an HTTP JSON endpoint. */
export const HttpModelMappingSchema = z
  .strictObject({
    url: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http or https URL' })
      .max(2048)
      .describe('Address of the prediction endpoint, e.g. https://scoring.example.com/v1/predict.'),
    method: z.enum(['POST', 'PUT', 'PATCH']).default('POST').describe('HTTP method of a prediction request.'),
    headers: z
      .record(
        z
          .string()
          .min(1)
          .max(200)
          .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'a header name is letters, digits and -'),
        HeaderValueSchema,
      )
      .default({})
      .describe('Request headers. Put secrets in the environment and write ${env:NAME}, e.g. "Bearer ${env:SCORING_TOKEN}"; values are never logged.'),
    numFeatures: z.number().int().min(1).max(1_000_000).optional().describe('Number of features per row; may be left out when featureNames is given.'),
    featureNames: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(1_000_000)
      .optional()
      .describe('Feature names in the model\'s feature order; needed when rows are sent as objects.'),
    numClasses: z.number().int().min(2).max(10_000).optional().describe('Number of classes; found by a probe (or from `classes`) when left out.'),
    request: HttpRequestMappingSchema.prefault({}),
    response: HttpResponseMappingSchema,
    maxBatch: z.number().int().min(1).max(100_000).default(64).describe('Most rows in one request (rows mode).'),
    concurrency: z.number().int().min(1).max(256).default(4).describe('Most requests in flight at once.'),
    timeoutMs: z.number().int().min(1).max(600_000).default(10_000).describe('Time allowed for one request, from sending to the end of the response body.'),
    retries: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(2)
      .describe('Retries after a network error, a timeout, 429 or 5xx, with exponential backoff and jitter.'),
    backoffMs: z.number().int().min(0).max(60_000).default(250).describe('Base delay before the first retry; doubles with each retry.'),
    retryAfterMaxMs: z
      .number()
      .int()
      .min(0)
      .max(600_000)
      .default(30_000)
      .describe('Longest Retry-After wait honoured; an endpoint asking for longer fails the request.'),
    maxResponseBytes: z
      .number()
      .int()
      .min(1024)
      .max(1024 * mib)
      .default(8 * mib)
      .describe('Largest response body read; a longer one fails the request.'),
    queryBudget: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('Most rows that may be sent in all; no limit when left out.'),
  })
  .superRefine(checkMapping, { when: () => true })
  .describe('A model behind an HTTP JSON endpoint: how to send rows and read predictions.');

/** A validated HTTP model mapping (defaults applied). */
export type HttpModelMapping = z.output<typeof HttpModelMappingSchema>;
/** An HTTP model mapping as written in aisec.yaml. */
export type HttpModelMappingInput = z.input<typeof HttpModelMappingSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkMapping(value: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(value)) return;
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
  const names = Array.isArray(value.featureNames) ? (value.featureNames as unknown[]) : undefined;
  if (value.numFeatures === undefined && names === undefined) issue(['numFeatures'], 'give numFeatures or featureNames');
  if (typeof value.numFeatures === 'number' && names !== undefined && names.length !== value.numFeatures) {
    issue(['featureNames'], `lists ${names.length} names but numFeatures is ${value.numFeatures}`);
  }
  if (names !== undefined) duplicates(names).forEach(([name, i]) => issue(['featureNames', i], `feature "${String(name)}" is listed twice`));
  if (typeof value.url === 'string' && /^[a-z]+:\/\/[^/]*@/i.test(value.url)) {
    issue(['url'], 'put credentials in a header (e.g. Authorization: Basic ${env:NAME}), not in the URL');
  }
  if (isRecord(value.headers)) {
    const seen = new Set<string>();
    for (const name of Object.keys(value.headers)) {
      const lower = name.toLowerCase();
      if (reservedHeaders.has(lower)) issue(['headers', name], `aisec sets ${name} itself; remove it`);
      if (seen.has(lower)) issue(['headers', name], `header ${name} is given twice (names are case-insensitive)`);
      seen.add(lower);
    }
  }
  const request = isRecord(value.request) ? value.request : {};
  if (request.row === 'object' && names === undefined) issue(['request', 'row'], 'rows sent as objects need featureNames');
  if (request.field === '' && request.template !== undefined) issue(['request', 'template'], 'a template needs a non-empty field to put the features in');
  if (!isRecord(value.response)) return;
  const response = value.response;
  const given = (['probabilities', 'labels', 'output'] as const).filter((k) => response[k] !== undefined);
  if (given.length !== 1) issue(['response'], `give exactly one of probabilities, labels or output${given.length > 1 ? `, not ${given.join(' and ')}` : ''}`);
  const classes = Array.isArray(response.classes) ? (response.classes as unknown[]) : undefined;
  if (classes !== undefined) duplicates(classes.map(String)).forEach(([name, i]) => issue(['response', 'classes', i], `class "${name}" is listed twice`));
  if (classes !== undefined && typeof value.numClasses === 'number' && classes.length !== value.numClasses) {
    issue(['numClasses'], `is ${value.numClasses} but response.classes lists ${classes.length}`);
  }
  if (response.labels !== undefined && classes === undefined && value.numClasses === undefined) {
    issue(['response', 'classes'], 'labels need classes or numClasses: one answer cannot show how many classes there are');
  }
}

function duplicates<T>(list: readonly T[]): Array<[T, number]> {
  const seen = new Set<T>();
  const out: Array<[T, number]> = [];
  list.forEach((item, i) => {
    if (seen.has(item)) out.push([item, i]);
    seen.add(item);
  });
  return out;
}
