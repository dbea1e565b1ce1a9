/**
 * Parse and validate any YAML configuration file of aisec (other than the descriptor) the way
 * the descriptor loader does: bounded nesting and aliases, every problem listed at once as
 * `file:line:column  path: message`, did-you-mean for unknown keys, one error code of the
 * caller's choosing (e.g. ERR_GATEWAY_CONFIG).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { AisecError, type ErrorCode } from '../core/errors.js';
import { configIssuesError, dottedPath, fromZodIssues, type ConfigIssue, type UnplacedIssue } from './config-issues.js';
import { findExcessiveNesting, maxYamlDepth } from './yaml-depth.js';
import { createPositionLookup, nearestPosition, positionAt, type PositionLookup, type SourcePosition } from './yaml-positions.js';

/** Options for {@link parseYamlConfig}. */
export interface YamlConfigOptions {
  /** The code of every error thrown. */
  code: ErrorCode;
  /** What the file is, for messages, e.g. `the gateway configuration`. */
  what: string;
  /** The last sentence of an error: where the fields are documented. */
  fix: string;
  /** Most aliases (`*name`) accepted. Default 100. */
  maxAliasCount?: number;
}

/** A validated configuration and the positions of its values. */
export interface ParsedYamlConfig<T> {
  value: T;
  /** Line and column of a value, e.g. `['routes', 0, 'upstream']`. */
  positions: (path: readonly (string | number)[]) => SourcePosition | undefined;
}

/** Options for {@link parseYamlDocument}. */
export interface YamlDocumentOptions {
  /** The code of every error thrown. */
  code: ErrorCode;
  /** What the file is, for messages, e.g. `the gateway configuration`. */
  what: string;
  /** The last sentence of a syntax or nesting error. */
  fix: string;
  /** What a nesting error ends with instead of `. <fix>`. */
  nestingFix?: string;
  /** Added to the message of an unresolved tag (`; <hint>`). */
  tagHint?: string;
}

/**
 * Parse `text` (the contents of `file`) as one YAML document, refusing deep nesting first;
 * throws an AisecError with `options.code` listing every syntax error with its position.
 */
export function parseYamlDocument(file: string, text: string, options: YamlDocumentOptions): { doc: Document; lookup: PositionLookup } {
  const excess = findExcessiveNesting(text);
  if (excess) {
    throw new AisecError(options.code, `${file}:${excess.line}: nesting deeper than ${maxYamlDepth} levels (or indentation wider than ${maxYamlDepth} columns)${options.nestingFix ?? `. ${options.fix}`}`, {
      details: { file, line: excess.line },
    });
  }
  const lineCounter = new LineCounter();
  // prettyErrors off: its context snippets are built with regular expressions that hostile
  // input can make very expensive; positions come from the line counter instead.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, resolveKnownTags: false, logLevel: 'error', version: '1.2' });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    const issues: ConfigIssue[] = problems.map((e) => ({
      file,
      ...positionAt(lineCounter, e.pos[0]),
      path: [],
      dotted: '',
      code: e.code === 'TAG_RESOLVE_FAILED' ? 'yaml-tag' : 'yaml-syntax',
      message: e.code === 'TAG_RESOLVE_FAILED' && options.tagHint !== undefined ? `${e.message}; ${options.tagHint}` : e.message,
    }));
    throw configIssuesError(options.code, file, `${options.what} is not well-formed YAML`, issues, options.fix);
  }
  return { doc, lookup: createPositionLookup(doc, lineCounter) };
}

/**
 * Parse `text` (the contents of `file`) as YAML and validate it with `schema`. Throws an
 * AisecError with `options.code` listing every problem with its line, column and path.
 *
 * @example
 * const { value } = parseYamlConfig('gateway.yaml', text, GatewayConfigSchema, { code: 'ERR_GATEWAY_CONFIG', what: 'the gateway configuration', fix: 'See docs/gateway.md.' });
 */
export function parseYamlConfig<S extends z.ZodType>(file: string, text: string, schema: S, options: YamlConfigOptions): ParsedYamlConfig<z.output<S>> {
  const { doc, lookup } = parseYamlDocument(file, text, options);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (cause) {
    throw new AisecError(options.code, `${file}: ${(cause as Error).message}. Write the values out instead of repeating aliases.`, { cause, details: { file } });
  }
  const place = (issue: UnplacedIssue): ConfigIssue => ({ file, ...nearestPosition(lookup, issue.path), ...issue, dotted: dottedPath(issue.path) });
  if (data === null || data === undefined) {
    throw configIssuesError(options.code, file, `${options.what} is empty`, [place({ path: [], code: 'empty', message: 'the file holds no YAML mapping' })], options.fix);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw configIssuesError(options.code, file, `${options.what} is not valid`, fromZodIssues(parsed.error.issues, schema, data).map(place), options.fix);
  }
  return { value: parsed.data, positions: (p) => lookup(p) };
}
