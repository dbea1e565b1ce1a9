import type { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { openRegularFile, targetErrorFor } from '../open-regular-file.js';
import { printable } from '../printable.js';
import { manifestIssues } from './manifest-consistency.js';
import { ManifestSchema, MANIFEST_VERSION, type Manifest } from './manifest-schema.js';

/** Limits of {@link readManifest} and {@link parseManifest}: a manifest is untrusted input. */
export interface ManifestLimits {
  /** Largest manifest file, in bytes (default 128 MiB). */
  readonly maxBytes?: number;
  /** Most files listed (default 100,000). */
  readonly maxFiles?: number;
  /** Most chunks over all files (default 10,000,000). */
  readonly maxChunks?: number;
}

const DEFAULTS = { maxBytes: 128 * 1024 * 1024, maxFiles: 100_000, maxChunks: 10_000_000 };

/**
 * Read and check a manifest file: size, JSON, schema, then its internal consistency (folder
 * digest, Merkle roots, chunk sizes). Any failure is ERR_MANIFEST_INVALID naming the file and
 * the place (`line 12 column 5`, `files[3].tabular.root`), so an edited manifest is never
 * taken at its word.
 *
 * @example
 * const manifest = await readManifest('data/train.manifest.json');
 */
export async function readManifest(file: string, limits: ManifestLimits = {}): Promise<Manifest> {
  const maxBytes = limits.maxBytes ?? DEFAULTS.maxBytes;
  const { handle, size } = await openRegularFile(file);
  let text: string;
  try {
    if (size > maxBytes) throw invalid(file, `it is ${size} bytes, more than the ${maxBytes} a manifest may have`);
    // Read at most one byte past the limit, in case the file grew after the size was taken.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) throw invalid(file, `it is larger than the ${maxBytes} bytes a manifest may have`);
    }
    text = buffer.subarray(0, filled).toString('utf8');
  } catch (error) {
    throw error instanceof AisecError ? error : targetErrorFor(error, file);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return parseManifest(text, file, limits);
}

/** Parse and check manifest text; `source` names it in errors. See {@link readManifest}. */
export function parseManifest(text: string, source: string, limits: ManifestLimits = {}): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `it is not valid JSON (${where(text, error)})`, error);
  }
  const shape = data as { version?: unknown; files?: unknown };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw invalid(source, 'it is not a JSON object');
  if (shape.version !== MANIFEST_VERSION) {
    throw invalid(source, `its version is ${printable(JSON.stringify(shape.version) ?? 'missing', 80)}, not "${MANIFEST_VERSION}" (is it a manifest made by aisec data manifest?)`);
  }
  // Count before validating, so a hostile file list costs a length check, not a schema walk.
  const maxFiles = limits.maxFiles ?? DEFAULTS.maxFiles;
  if (Array.isArray(shape.files) && shape.files.length > maxFiles) throw invalid(source, `it lists ${shape.files.length} files, more than the limit of ${maxFiles}`);
  const chunks = Array.isArray(shape.files) ? shape.files.reduce((n: number, f: unknown) => n + chunkCount(f), 0) : 0;
  const maxChunks = limits.maxChunks ?? DEFAULTS.maxChunks;
  if (chunks > maxChunks) throw invalid(source, `it lists ${chunks} row chunks, more than the limit of ${maxChunks}`);
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) throw invalid(source, describeIssues(parsed.error.issues));
  const issues = manifestIssues(parsed.data);
  if (issues.length > 0) {
    const shown = issues.slice(0, 5).map((i) => `${i.at} ${i.message}`);
    throw invalid(source, `it is inconsistent: ${shown.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`, undefined, { issues: issues.slice(0, 100) });
  }
  return parsed.data;
}

function chunkCount(file: unknown): number {
  const chunks = (file as { tabular?: { chunks?: unknown } } | null)?.tabular?.chunks;
  return Array.isArray(chunks) ? chunks.length : 0;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  return `it does not match the manifest schema: ${shown.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`;
}

/** `files[3].tabular.root` from a zod issue path. */
export function formatPath(segments: readonly PropertyKey[]): string {
  if (segments.length === 0) return '(top level)';
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}

/** Line and column of a JSON syntax error, from V8's "at position N". */
function where(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return printable(message);
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `line ${line} column ${column}: ${printable(message.replace(/^.*?: /, ''), 120)}`;
}

function invalid(source: string, why: string, cause?: unknown, details: Record<string, unknown> = {}): AisecError {
  return new AisecError('ERR_MANIFEST_INVALID', `The manifest ${source} cannot be used: ${why}. Re-create it with \`aisec data manifest\` from a copy of the data you trust.`, {
    ...(cause !== undefined ? { cause } : {}),
    details: { path: source, ...details },
  });
}
