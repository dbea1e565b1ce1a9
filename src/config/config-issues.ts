/**
 * Problems found in a descriptor, in one shape whatever found them (YAML parser, schema,
 * path checks), and the ERR_CONFIG_* error that lists them all.
 */
import type { z } from 'zod';
import { AisecError, type ErrorCode } from '../core/errors.js';
import { hint } from './schema-checks.js';
import { allowedKeysAt } from './schema-walk.js';
import type { DescriptorPath } from './yaml-positions.js';

/** One problem in a descriptor, located in the file. */
export interface ConfigIssue {
  /** Absolute path of the descriptor. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Where in the descriptor, as keys and indexes. */
  path: (string | number)[];
  /** The same path written out, e.g. `datasets[0].path`; empty for the top level. */
  dotted: string;
  /** Kind of problem: a zod issue code, `unknown-key`, `yaml-syntax`, `path-missing`, ... */
  code: string;
  /** What is wrong and, when known, what to write instead. */
  message: string;
}

/** A problem before it is located in the file. */
export interface UnplacedIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Most issues listed in an error message. */
const maxListed = 50;
/** Most issues kept in `details.issues`; hostile input can produce thousands. */
const maxKept = 1000;

/** Write a path as `datasets[0].schema.columns[2].name`. */
export function dottedPath(path: DescriptorPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Turn zod issues into descriptor issues with plain messages and did-you-mean hints. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], schema: z.core.$ZodType, data: unknown): UnplacedIssue[] {
  const out: UnplacedIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, path);
      for (const key of issue.keys) {
        const suggestion = hint(key, allowed);
        const rest = suggestion !== '' ? suggestion : allowed.length > 0 ? `; allowed here: ${allowed.join(', ')}` : '';
        out.push({ path: [...path, key], code: 'unknown-key', message: `unknown key "${key}"${rest}` });
      }
      continue;
    }
    out.push({ path, code: issue.code, message: messageFor(issue, valueAt(data, path)) });
  }
  return out;
}

function messageFor(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (value === undefined) return `is required: ${options.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${options.join(', ')}`}`;
      if (options.length === 1) return `must be ${JSON.stringify(issue.values[0])}, got ${describeValue(value)}`;
      return `${describeValue(value)} is not one of ${options.join(', ')}${typeof value === 'string' ? hint(value, options) : ''}`;
    }
    case 'invalid_union': {
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string };
      if (options && discriminator) {
        const names = options.map(String);
        if (value === undefined) return `is required: one of ${names.join(', ')}`;
        return `${describeValue(value)} is not a known ${discriminator}; use one of ${names.join(', ')}${typeof value === 'string' ? hint(value, names) : ''}`;
      }
      return `${describeValue(value)} does not match any allowed form`;
    }
    default:
      return lowerFirst(issue.message);
  }
}

/** Short, safe description of a value for messages (never the whole value). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function lowerFirst(message: string): string {
  return message.length > 0 ? message[0]!.toLowerCase() + message.slice(1) : message;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Sort issues by position, so the message reads top to bottom like the file. */
export function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column || a.dotted.localeCompare(b.dotted));
}

/**
 * The error listing every issue: one `file:line:column  path  message` line each, with the
 * issues also in `details.issues`.
 */
export function configIssuesError(code: ErrorCode, file: string, headline: string, issues: ConfigIssue[], fix: string): AisecError {
  const sorted = sortIssues(issues);
  const lines = sorted.slice(0, maxListed).map((i) => `  ${i.file}:${i.line}:${i.column}  ${i.dotted === '' ? '(top level)' : i.dotted}: ${i.message}`);
  if (sorted.length > maxListed) lines.push(`  … and ${sorted.length - maxListed} more`);
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  return new AisecError(code, `${file}: ${headline} (${count}):\n${lines.join('\n')}\n${fix}`, {
    details: { file, issues: sorted.slice(0, maxKept), omitted: Math.max(0, sorted.length - maxKept) },
  });
}
