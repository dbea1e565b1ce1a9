/**
 * The one error class of aisec and its catalogue of stable codes.
 *
 * Every code maps to a category, and the category decides the CLI exit code and the HTTP
 * status, so the CLI and the server never disagree about what an error means.
 * docs/errors.md lists every code; a test keeps the two in step.
 */

/** What kind of failure a code is. */
export type ErrorCategory = 'user' | 'unavailable' | 'internal';

interface CatalogueEntry {
  readonly category: ErrorCategory;
  readonly http: number;
  readonly summary: string;
}

/** Every error code aisec raises. Codes are API: never rename or reuse one. */
export const errorCatalogue = {
  ERR_USAGE: { category: 'user', http: 400, summary: 'The command line is not valid.' },
  ERR_CONFIG_NOT_FOUND: { category: 'user', http: 404, summary: 'No aisec.yaml (or the named config file) was found.' },
  ERR_CONFIG_YAML: { category: 'user', http: 400, summary: 'The descriptor is not well-formed YAML.' },
  ERR_CONFIG_INVALID: { category: 'user', http: 400, summary: 'The descriptor or settings do not match the schema.' },
  ERR_TARGET_NOT_FOUND: { category: 'user', http: 404, summary: 'A file or folder named on the command line or in the descriptor does not exist.' },
  ERR_TARGET_UNREADABLE: { category: 'user', http: 403, summary: 'A file or folder exists but cannot be read.' },
  ERR_ASSET_NOT_FOUND: { category: 'user', http: 404, summary: 'The asset is not part of the system or was never assessed.' },
  ERR_INVENTORY_LIMIT: { category: 'user', http: 413, summary: 'A folder holds more files, or nests deeper, than discovery may walk.' },
  ERR_DATA_FORMAT: { category: 'user', http: 422, summary: 'A data file is not CSV, TSV, JSON Lines or Parquet, or is malformed beyond what the reader can repair.' },
  ERR_DATA_LIMIT: { category: 'user', http: 413, summary: 'A data file exceeds a reader limit (line length, column count, row group size).' },
  ERR_DATA_COLUMN: { category: 'user', http: 422, summary: 'A column named in the options or the descriptor (e.g. the label column) is not in the data.' },
  ERR_STATS_INPUT: { category: 'user', http: 422, summary: 'A statistical test got input it cannot use (an empty sample, NaN, mismatched lengths).' },
  ERR_MANIFEST_INVALID: { category: 'user', http: 422, summary: 'A manifest is not valid JSON, does not match the manifest schema, or contradicts itself (digests edited after it was made).' },
  ERR_SIGNATURE_INVALID: { category: 'user', http: 422, summary: 'A signature bundle is malformed, or does not hold an OpenSSF model signature aisec can check.' },
  ERR_KEY_INVALID: { category: 'user', http: 400, summary: 'A key file is not a PEM key of a supported type (Ed25519, ECDSA P-256, P-384 or P-521), or is the wrong half of the pair.' },
  ERR_INTEGRITY_WRITE: { category: 'user', http: 500, summary: 'A manifest, signature or key file could not be written.' },
  ERR_FINDING_NOT_FOUND: { category: 'user', http: 404, summary: 'No finding has that id or fingerprint.' },
  ERR_STORE_CORRUPT: { category: 'user', http: 500, summary: 'The SQLite store file is not a valid database.' },
  ERR_STORE_UNAVAILABLE: { category: 'unavailable', http: 503, summary: 'The database could not be reached or opened.' },
  ERR_STORE_MIGRATION: { category: 'internal', http: 500, summary: 'A store migration failed; the store was left as it was.' },
  ERR_STORE_VERSION: { category: 'user', http: 500, summary: 'The store was written by a newer aisec.' },
  ERR_STORE_WRITE: { category: 'unavailable', http: 503, summary: 'Writing to the store failed; nothing of this run was saved.' },
  ERR_STORE_INPUT: { category: 'user', http: 400, summary: 'A value given to the store is not valid (wrong type, too large, unknown system or record).' },
  ERR_REPORT_WRITE: { category: 'user', http: 500, summary: 'A report file could not be written.' },
  ERR_REPORT_FORMAT: { category: 'user', http: 400, summary: 'An unknown report format was requested.' },
  ERR_PLUGIN_DUPLICATE: { category: 'internal', http: 500, summary: 'Two plugins of one kind share an id.' },
  ERR_PLUGIN_NOT_FOUND: { category: 'user', http: 404, summary: 'No plugin of that kind has that id.' },
  ERR_PLUGIN_INVALID: { category: 'internal', http: 500, summary: 'A plugin definition does not meet the plugin contract.' },
  ERR_MODEL_LOAD: { category: 'user', http: 422, summary: 'A runnable model (ONNX) could not be loaded, or its inputs and outputs are not a single feature matrix in and class scores or labels out.' },
  ERR_MODEL_INPUT: { category: 'user', http: 422, summary: 'The data given to a model does not fit it (wrong number of features, NaN, non-numeric values).' },
  ERR_MODEL_RUNTIME: { category: 'unavailable', http: 502, summary: 'A model failed while answering (a runtime error, or output of the wrong shape or with NaN).' },
  ERR_MODEL_QUERY_BUDGET: { category: 'user', http: 429, summary: 'A test would send more queries to a model than its budget allows.' },
  ERR_ENDPOINT_TIMEOUT: { category: 'unavailable', http: 504, summary: 'A model endpoint did not answer within the timeout, after the retries allowed.' },
  ERR_ENDPOINT_RESPONSE: { category: 'unavailable', http: 502, summary: 'A model endpoint answered with an error status or a body that does not match the declared response mapping.' },
  ERR_ATTACK_INPUT: { category: 'user', http: 422, summary: 'An attack or test got settings or data it cannot use (a budget of zero, no correctly classified rows, constraints that contradict the data).' },
  ERR_DETECT_MODEL: { category: 'internal', http: 500, summary: 'The prompt-injection detector\'s weights file, or a data file it reads (its English word list, the Ecoji alphabets), is missing, corrupt or of another version; reinstall aisec or retrain it.' },
  ERR_DETECT_INPUT: { category: 'user', http: 422, summary: 'Input to a text detector is not usable (a JSON Lines row that is not an object, a missing or non-string text field).' },
  ERR_PROBE_TARGET: { category: 'user', http: 400, summary: 'A red-team target is not usable: its settings are invalid, or it answered in a form the runner cannot read.' },
  ERR_PROBE_LOG: { category: 'user', http: 422, summary: 'A red-team event log cannot be resumed: it is unreadable, or was written by a run with other settings.' },
  ERR_GATEWAY_CONFIG: { category: 'user', http: 400, summary: 'The gateway configuration file does not match its schema, or names a route, model or file that does not exist.' },
  ERR_AUTH_REQUIRED: { category: 'user', http: 401, summary: 'The request carries no valid credential (missing, unknown, revoked or expired API key or token).' },
  ERR_AUTH_FORBIDDEN: { category: 'user', http: 403, summary: 'The credential is valid but its scopes do not cover this route or model.' },
  ERR_RATE_LIMITED: { category: 'user', http: 429, summary: 'A request, token or concurrency limit of the key or route is reached; retry after the time given.' },
  ERR_REQUEST_TOO_LARGE: { category: 'user', http: 413, summary: 'The request body is larger than the route allows.' },
  ERR_GUARD_BLOCKED: { category: 'user', http: 403, summary: 'A guard of the gateway blocked the request or the response.' },
  ERR_MODEL_DISABLED: { category: 'unavailable', http: 503, summary: 'The model or route is switched off (kill switch) or restricted.' },
  ERR_UPSTREAM: { category: 'unavailable', http: 502, summary: 'The upstream model server failed, timed out or answered with something the gateway cannot pass on.' },
  ERR_LIMITS_BACKEND: { category: 'unavailable', http: 503, summary: 'The shared limits store (Redis) is unreachable and the gateway is set to fail closed.' },
  ERR_ROUTE_NOT_FOUND: { category: 'user', http: 404, summary: 'No gateway route serves this path, or no route serves the model named in the request.' },
  ERR_REVIEW_PENDING: { category: 'user', http: 202, summary: 'The decision is held for human review (review mode); poll or ask the operator with the review id given.' },
  ERR_REVIEW_NOT_FOUND: { category: 'user', http: 404, summary: 'No review item has this id, or it was already decided.' },
  ERR_AUDIT_LOG: { category: 'user', http: 422, summary: 'The gateway audit log failed verification (an entry was changed, deleted or reordered, a tree head signature or proof does not check), or cannot be read.' },
  ERR_GATEWAY_STATE: { category: 'unavailable', http: 503, summary: 'The gateway could not read or write its state (API keys, model controls, review queue) in the store.' },
  ERR_REVIEW_REJECTED: { category: 'user', http: 403, summary: 'A held decision was rejected by a reviewer, or expired before review, and is not released.' },
  ERR_AUDIT_UNAVAILABLE: { category: 'unavailable', http: 503, summary: 'The gateway cannot write its audit log and is set to refuse requests until it can (audit.onWriteError: fail-closed).' },
  ERR_TAXONOMY_NOT_FOUND: { category: 'user', http: 404, summary: 'No entry of the vendored taxonomies (ATLAS, CoSAI, OWASP, NIST, ISO/IEC 42001, EU AI Act) has this id.' },
  ERR_TAXONOMY_DATA: { category: 'internal', http: 500, summary: 'A vendored taxonomy file under data/taxonomies is damaged or does not match its schema; reinstall aisec.' },
  ERR_INCIDENT_NOT_FOUND: { category: 'user', http: 404, summary: 'No incident has this id in the store.' },
  ERR_PLAYBOOK_INVALID: { category: 'user', http: 400, summary: 'An incident playbook is not valid CACAO 2.0 JSON (the message names the JSON path of the problem), or is too large.' },
  ERR_RISK_NOT_FOUND: { category: 'user', http: 404, summary: 'The risk register of the system has no risk with this id (aisec risk list shows them).' },
  ERR_ALERT_NOT_FOUND: { category: 'user', http: 404, summary: 'No monitor alert of the system has this id (aisec monitor alerts --status all shows them).' },
  ERR_ABORTED: { category: 'user', http: 499, summary: 'The run was cancelled.' },
  ERR_INTERNAL: { category: 'internal', http: 500, summary: 'A bug in aisec. Please report it with the output of --debug.' },
} as const satisfies Record<string, CatalogueEntry>;

/** A stable error code. */
export type ErrorCode = keyof typeof errorCatalogue;

/** Options for {@link AisecError}. */
export interface AisecErrorOptions {
  /** The error that caused this one. */
  cause?: unknown;
  /** Structured, serialisable detail (never secrets). */
  details?: Record<string, unknown>;
}

/**
 * The base error of aisec: a stable `code`, a message that tells the user what to do, a cause.
 *
 * @example
 * throw new AisecError('ERR_TARGET_NOT_FOUND', `${p} does not exist: check the path in aisec.yaml`);
 */
export class AisecError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AisecErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AisecError';
    this.code = code;
    this.details = options.details;
  }

  /** The category of this error's code. */
  get category(): ErrorCategory {
    return errorCatalogue[this.code].category;
  }
}

/** Exit codes of the CLI (docs/exit-codes.md). */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  incomplete: 3,
  internal: 4,
} as const;

/** The CLI exit code for any thrown value: user and unavailable errors are 2, the rest 4. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof AisecError) {
    return error.category === 'internal' ? ExitCode.internal : ExitCode.usage;
  }
  return ExitCode.internal;
}

/** The HTTP status for any thrown value. */
export function httpStatusFor(error: unknown): number {
  return error instanceof AisecError ? errorCatalogue[error.code].http : 500;
}

/** Whether a value is an {@link AisecError}, optionally of one code. */
export function isAisecError(error: unknown, code?: ErrorCode): error is AisecError {
  return error instanceof AisecError && (code === undefined || error.code === code);
}
