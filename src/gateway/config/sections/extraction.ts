/**
 * `routes[].extraction:` (predict routes) — output hardening and the per-key query-pattern
 * monitor that defends a classic model against extraction. docs/gateway/extraction.md describes
 * the behaviour, the signals and how to choose the settings.
 */
import { z } from 'zod';
import { HardeningSettingSchema } from '../../../ml/output-hardening.js';

/** Most features a monitored row may have. */
export const maxMonitoredFeatures = 4096;

/** A JSON pointer (RFC 6901): empty for the whole body, or `/a/b`. */
const PointerSchema = z
  .string()
  .max(1000)
  .refine((p) => p === '' || (p.startsWith('/') && p.split('/').length <= 33 && !/~(?![01])/.test(p)), 'a JSON pointer is "" (the whole body) or /name/name… (at most 32 segments; write "~" as ~0 and "/" inside a name as ~1)');

const seconds = (fallback: number) => z.number().int().min(1).max(30 * 86_400).default(fallback);

/** What the gateway does to a key when one of the monitor's signals alarms. */
export const ExtractionActionSchema = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('alert') }).describe('Record the alarm as an event (and an incident when openIncident is on); the key is not limited.'),
    z
      .strictObject({
        action: z.literal('throttle'),
        seconds: seconds(900).describe('How long the key stays throttled on this model.'),
        minIntervalMs: z.number().int().min(1).max(3_600_000).default(1000).describe('Least time between two requests of the key on this model; earlier ones get 429 ERR_RATE_LIMITED with Retry-After.'),
      })
      .describe('Slow the key down on this model: at most one request per minIntervalMs.'),
    z
      .strictObject({ action: z.literal('restrict'), seconds: seconds(3600).describe('How long the key gets labels only.') })
      .describe('Answer the key labels only (no probabilities) on this model.'),
    z
      .strictObject({ action: z.literal('block'), seconds: seconds(3600).describe('How long the key is refused.') })
      .describe('Refuse the key on this model with 403 ERR_GUARD_BLOCKED.'),
  ])
  .describe('What happens to the key when the signal alarms.');

/**
 * A reference profile of the model's training data (what the out-of-distribution and coverage
 * signals compare queries with); made by `buildReferenceProfile` from the training rows.
 */
export const ReferenceProfileSchema = z
  .strictObject({
    version: z.literal(1).default(1).describe('Format version of the profile.'),
    dimensions: z.number().int().min(1).max(maxMonitoredFeatures).describe('Features per row.'),
    mean: z.array(z.number()).max(maxMonitoredFeatures).describe('Mean of each feature over the training rows.'),
    std: z.array(z.number().min(0)).max(maxMonitoredFeatures).describe('Standard deviation of each feature over the training rows.'),
    stdFloor: z.number().positive().describe('Smallest standard deviation used when standardising (features that hardly vary in training would otherwise make any change look infinitely far).'),
    oodThreshold: z.number().positive().describe('A query whose standardised RMS distance from the mean exceeds this is out of distribution (a high quantile of the training rows\' own distances).'),
    rows: z.number().int().min(1).optional().describe('Training rows the profile was made from.'),
  })
  .refine((p) => p.mean.length === p.dimensions && p.std.length === p.dimensions, 'mean and std must each have `dimensions` values')
  .describe('Per-feature statistics of the training data.');

/** The PRADA signal (Juuti et al. 2019): minimum distances between a key's queries tested for normality. */
export const PradaSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Run the PRADA test.'),
    delta: z.number().gt(0).lt(1).default(0.9).describe('Alarm when the Shapiro-Wilk W of the key\'s minimum distances falls below δ (reference implementation: 0.9).'),
    minDistances: z.number().int().min(20).max(5000).default(100).describe('Test only once this many distances are pooled (after outliers are dropped).'),
    minPerClass: z.number().int().min(1).max(1000).default(10).describe('A predicted class contributes its distances once it has this many.'),
    testEvery: z.number().int().min(1).max(1000).default(10).describe('Test after every this many distinct queries.'),
    outlierSigma: z.number().positive().max(100).default(3).describe('Distances further than this many standard deviations from the mean are dropped before the test.'),
    maxGrowingSet: z.number().int().min(10).max(100_000).default(256).describe('Most queries kept per key as nearest-neighbour candidates (all classes together); memory is about 4 × features × this many bytes per key.'),
    maxDistances: z.number().int().min(20).max(5000).default(1000).describe('Most recent minimum distances kept per key (the test runs on at most this many).'),
    action: ExtractionActionSchema.default({ action: 'alert' }),
  })
  .refine((p) => p.minDistances <= p.maxDistances, 'minDistances must not exceed maxDistances')
  .describe('PRADA: the distribution of each query\'s distance to the nearest earlier query of the same predicted class.');

/** The out-of-distribution rate signal. */
export const OodSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Run the out-of-distribution signal (needs monitor.profile).'),
    threshold: z.number().positive().optional().describe('Standardised RMS distance above which a query is out of distribution; default: the profile\'s oodThreshold.'),
    window: z.number().int().min(5).max(100_000).default(100).describe('The rate is taken over the key\'s last this many distinct queries.'),
    minQueries: z.number().int().min(1).max(100_000).default(20).describe('No alarm before the key has sent this many distinct queries.'),
    maxRate: z.number().gt(0).max(1).default(0.25).describe('Alarm when at least this share of the window is out of distribution.'),
    action: ExtractionActionSchema.default({ action: 'alert' }),
  })
  .describe('Share of a key\'s queries far from the training data (uniform-noise and synthetic extraction).');

/** The coverage signal. */
export const CoverageSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Run the coverage signal (needs monitor.profile).'),
    projections: z.number().int().min(1).max(64).default(8).describe('Random directions the standardised queries are projected on.'),
    cellWidth: z.number().positive().max(1000).default(2).describe('Width of a cell along each direction, in standard deviations.'),
    maxCells: z
      .number()
      .int()
      .min(10)
      .max(1_000_000)
      .describe('Alarm when a key has queried this many distinct cells within the window. No default: set it above the busiest legitimate client (e.g. 1.25 × the most cells a normal client reaches, shown by GET /admin/extraction/<model>/keys/<key>).'),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(1).describe('Seed of the random directions.'),
    action: ExtractionActionSchema.default({ action: 'alert' }),
  })
  .describe('How much of the input space a key has explored (natural-data extraction needs many distinct queries).');

/** The per-key query-pattern monitor. */
export const MonitorSchema = z
  .strictObject({
    features: PointerSchema.optional().describe('JSON pointer of the feature vector (an array of numbers) or batch (an array of such arrays) in the client request; default: the route\'s request.from, else the whole body.'),
    dimensions: z.number().int().min(1).max(maxMonitoredFeatures).optional().describe('Features per row; other rows are refused (or skipped). Default: the profile\'s, else the first row a key sends.'),
    maxRowsPerRequest: z.number().int().min(1).max(100_000).default(1000).describe('Larger batches are refused (400 ERR_USAGE) so no query goes unmonitored.'),
    unreadable: z.enum(['refuse', 'skip']).default('refuse').describe('A request whose features cannot be read (not numbers, wrong dimension): refuse it with 400 ERR_USAGE before it reaches the model, or pass it unmonitored.'),
    profile: z.union([z.string().min(1).max(1000), ReferenceProfileSchema]).optional().describe('The reference profile of the training data: a JSON file (relative to this file\'s folder) or the profile itself. Needed by ood and coverage.'),
    maxKeys: z.number().int().min(1).max(1_000_000).default(10_000).describe('Keys tracked on this model at once; the least recently seen is forgotten first.'),
    windowSeconds: seconds(86_400).describe('A key\'s statistics start afresh after this long.'),
    rememberRepeats: z.number().int().min(0).max(1_000_000).default(2048).describe('Distinct queries remembered per key so exact repeats are left out of every signal (0: no deduplication).'),
    prada: PradaSchema.prefault({}),
    ood: OodSchema.optional().describe('Default when a profile is given: on with its defaults.'),
    coverage: CoverageSchema.optional().describe('Off unless given (its bound depends on the traffic of normal clients); needs a profile.'),
    openIncident: z.boolean().default(false).describe('Also open an incident in the store on an alarm (once per key and model per cooldown).'),
    cooldownSeconds: seconds(3600).describe('One alarm event per key, model and signal (and one incident per key and model) within this time.'),
    anonymous: z.enum(['shared', 'skip']).default('shared').describe('Requests without an authenticated key: monitor them together as one key, or not at all.'),
  })
  .superRefine((m, ctx) => {
    if (m.profile === undefined) {
      if (m.ood?.enabled) ctx.addIssue({ code: 'custom', path: ['ood'], message: 'the ood signal needs monitor.profile (make one with buildReferenceProfile from the training rows)' });
      if (m.coverage?.enabled) ctx.addIssue({ code: 'custom', path: ['coverage'], message: 'the coverage signal needs monitor.profile (make one with buildReferenceProfile from the training rows)' });
    } else if (typeof m.profile === 'object' && m.dimensions !== undefined && m.dimensions !== m.profile.dimensions) {
      ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `dimensions is ${m.dimensions} but the profile has ${m.profile.dimensions}` });
    }
  })
  .describe('Per-key query-pattern monitor (PRADA, out-of-distribution rate, coverage).');

/** The `extraction` field of a predict route. */
export const ExtractionSchema = z
  .strictObject({
    hardening: HardeningSettingSchema.default({ kind: 'none' }).describe('How the probabilities at outputs.probabilities are coarsened before the client sees them (none, round, top1, label-only, gaussian-noise, reverse-sigmoid).'),
    monitor: MonitorSchema.optional(),
  })
  .describe('Extraction defence of a classic model: output hardening and the per-key query-pattern monitor.');

/** A validated `extraction` field. */
export type ExtractionConfig = z.output<typeof ExtractionSchema>;
/** A validated monitor. */
export type MonitorConfig = z.output<typeof MonitorSchema>;
/** A validated action. */
export type ExtractionAction = z.output<typeof ExtractionActionSchema>;
/** A validated reference profile. */
export type ReferenceProfile = z.output<typeof ReferenceProfileSchema>;
/** A signal of the monitor. */
export type ExtractionSignal = 'prada' | 'ood' | 'coverage';
