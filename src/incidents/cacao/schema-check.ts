/**
 * A JSON Schema checker for the keywords the vendored CACAO 2.0 schemas use (draft 2019-09
 * semantics, `unevaluatedProperties` included), so playbooks are validated against the
 * official schema at load time without a runtime dependency. A schema keyword it does not
 * know is refused when the schemas are loaded, never skipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';

type Schema = boolean | { readonly [key: string]: unknown };

/** One reason a value does not match, at a JSON path (`$.workflow["action--…"].commands[0]`). */
export interface SchemaProblem {
  readonly path: string;
  readonly message: string;
}

interface Outcome {
  readonly problems: SchemaProblem[];
  /** Properties of the instance (an object) evaluated by this schema: for `unevaluatedProperties`. */
  readonly evaluated: Set<string>;
}

const annotations = new Set(['$id', '$schema', 'title', 'description', 'default', 'contentEncoding', 'examples', '$comment', '$defs']);
const assertions = new Set([
  'type', 'enum', 'const', 'properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties', 'required',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', '$ref', 'items', 'minItems', 'maxItems', 'minProperties',
  'minimum', 'maximum', 'pattern', 'minLength', 'maxLength',
]);

/** A loaded set of schema files, each addressed by its path relative to the schema folder. */
export class SchemaSet {
  private readonly files = new Map<string, Schema>();
  private readonly patterns = new Map<string, RegExp>();

  /** Load `root` and every file it references from `dir`, refusing unknown keywords. */
  constructor(private readonly dir: string, root: string) {
    this.load(root);
  }

  private load(file: string): Schema {
    const known = this.files.get(file);
    if (known !== undefined) return known;
    const full = path.join(this.dir, file);
    let schema: Schema;
    try {
      schema = JSON.parse(readFileSync(full, 'utf8')) as Schema;
    } catch (error) {
      throw new AisecError('ERR_INTERNAL', `The CACAO schema ${full} cannot be read: ${(error as Error).message}. Reinstall aisec.`);
    }
    this.files.set(file, schema);
    this.scan(schema, file);
    return schema;
  }

  /** Check keywords and load referenced files. */
  private scan(schema: unknown, file: string): void {
    if (typeof schema !== 'object' || schema === null) return;
    const s = schema as Record<string, unknown>;
    for (const [key, value] of Object.entries(s)) {
      if (!annotations.has(key) && !assertions.has(key)) throw new AisecError('ERR_INTERNAL', `The CACAO schema ${file} uses the keyword "${key}", which aisec's checker does not implement.`);
      if (key === '$ref' && typeof value === 'string') {
        const [target] = value.split('#');
        if (target) this.load(path.posix.normalize(path.posix.join(path.posix.dirname(file), target)));
      } else if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
        for (const sub of Object.values(value as Record<string, unknown>)) this.scan(sub, file);
      } else if (Array.isArray(value) && (key === 'allOf' || key === 'anyOf' || key === 'oneOf')) {
        for (const sub of value) this.scan(sub, file);
      } else if (['items', 'not', 'if', 'then', 'else', 'additionalProperties', 'unevaluatedProperties'].includes(key)) {
        this.scan(value, file);
      }
    }
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) {
      re = new RegExp(pattern, 'u');
      this.patterns.set(pattern, re);
    }
    return re;
  }

  /** Problems of `value` against the file `file` (empty when it matches). */
  check(file: string, value: unknown): SchemaProblem[] {
    return this.validate(this.load(file), file, value, '$').problems;
  }

  private resolve(ref: string, file: string): { schema: Schema; file: string } {
    const [target, fragment] = ref.split('#');
    const where = target ? path.posix.normalize(path.posix.join(path.posix.dirname(file), target)) : file;
    let schema: unknown = this.load(where);
    if (fragment) {
      for (const part of fragment.split('/').filter(Boolean)) schema = (schema as Record<string, unknown>)[decodeURIComponent(part)];
    }
    if (schema === undefined) throw new AisecError('ERR_INTERNAL', `The CACAO schema ${file} refers to ${ref}, which does not exist.`);
    return { schema: schema as Schema, file: where };
  }

  private validate(schema: Schema, file: string, value: unknown, at: string): Outcome {
    const problems: SchemaProblem[] = [];
    const evaluated = new Set<string>();
    if (schema === true) return { problems, evaluated };
    if (schema === false) return { problems: [{ path: at, message: 'is not allowed here' }], evaluated };
    const s = schema as Record<string, unknown>;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const obj = value as Record<string, unknown>;
    const sub = (child: Schema, v: unknown, p: string): Outcome => this.validate(child, file, v, p);
    const merge = (o: Outcome): void => o.evaluated.forEach((k) => evaluated.add(k));

    if (typeof s.$ref === 'string') {
      const { schema: target, file: where } = this.resolve(s.$ref, file);
      const o = this.validate(target, where, value, at);
      problems.push(...o.problems);
      if (o.problems.length === 0) merge(o);
    }
    if (s.type !== undefined && !typeMatches(s.type as string | string[], value)) {
      problems.push({ path: at, message: `must be ${[s.type].flat().join(' or ')} (it is ${describeType(value)})` });
      return { problems, evaluated };
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, value))) problems.push({ path: at, message: `must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}` });
    if ('const' in s && !deepEqual(s.const, value)) problems.push({ path: at, message: `must be ${JSON.stringify(s.const)}` });
    if (typeof value === 'string') {
      if (typeof s.pattern === 'string' && !this.regex(s.pattern).test(value)) problems.push({ path: at, message: `does not match the pattern ${s.pattern}` });
      const length = [...value].length;
      if (typeof s.minLength === 'number' && length < s.minLength) problems.push({ path: at, message: `must have at least ${s.minLength} characters` });
      if (typeof s.maxLength === 'number' && length > s.maxLength) problems.push({ path: at, message: `must have at most ${s.maxLength} characters` });
    }
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum) problems.push({ path: at, message: `must be at least ${s.minimum}` });
      if (typeof s.maximum === 'number' && value > s.maximum) problems.push({ path: at, message: `must be at most ${s.maximum}` });
    }
    if (Array.isArray(value)) {
      if (typeof s.minItems === 'number' && value.length < s.minItems) problems.push({ path: at, message: `must have at least ${s.minItems} item(s)` });
      if (typeof s.maxItems === 'number' && value.length > s.maxItems) problems.push({ path: at, message: `must have at most ${s.maxItems} item(s)` });
      if (s.items !== undefined && !Array.isArray(s.items)) value.forEach((item, i) => problems.push(...sub(s.items as Schema, item, `${at}[${i}]`).problems));
    }
    if (isObject) {
      const keys = Object.keys(obj);
      if (Array.isArray(s.required)) for (const name of s.required as string[]) if (!(name in obj)) problems.push({ path: at, message: `must have the property "${name}"` });
      if (typeof s.minProperties === 'number' && keys.length < s.minProperties) problems.push({ path: at, message: `must have at least ${s.minProperties} propert${s.minProperties === 1 ? 'y' : 'ies'}` });
      const props = (s.properties ?? {}) as Record<string, Schema>;
      const patterns = Object.entries((s.patternProperties ?? {}) as Record<string, Schema>);
      for (const key of keys) {
        let matched = false;
        if (Object.hasOwn(props, key)) {
          matched = true;
          problems.push(...sub(props[key]!, obj[key], member(at, key)).problems);
        }
        for (const [pattern, child] of patterns) {
          if (this.regex(pattern).test(key)) {
            matched = true;
            problems.push(...sub(child, obj[key], member(at, key)).problems);
          }
        }
        if (matched) evaluated.add(key);
        else if (s.additionalProperties !== undefined) {
          evaluated.add(key);
          problems.push(...sub(s.additionalProperties as Schema, obj[key], member(at, key)).problems.map((p) => (s.additionalProperties === false ? { path: p.path, message: 'is not an allowed property' } : p)));
        }
      }
    }
    if (Array.isArray(s.allOf)) {
      for (const child of s.allOf as Schema[]) {
        const o = sub(child, value, at);
        problems.push(...o.problems);
        merge(o);
      }
    }
    for (const key of ['anyOf', 'oneOf'] as const) {
      if (!Array.isArray(s[key])) continue;
      const outcomes = (s[key] as Schema[]).map((child) => sub(child, value, at));
      const passing = outcomes.filter((o) => o.problems.length === 0);
      passing.forEach(merge);
      if (passing.length === 0) problems.push(closest(outcomes, at, key === 'anyOf' ? 'matches none of the allowed forms' : 'matches none of the forms of which exactly one must match'));
      else if (key === 'oneOf' && passing.length > 1) problems.push({ path: at, message: `matches ${passing.length} forms where exactly one must match` });
    }
    if (s.not !== undefined && sub(s.not as Schema, value, at).problems.length === 0) problems.push({ path: at, message: 'matches a form that is not allowed' + notHint(s.not) });
    if (s.if !== undefined) {
      const test = sub(s.if as Schema, value, at);
      const branch = test.problems.length === 0 ? s.then : s.else;
      if (test.problems.length === 0) merge(test);
      if (branch !== undefined) {
        const o = sub(branch as Schema, value, at);
        problems.push(...o.problems);
        if (o.problems.length === 0) merge(o);
      }
    }
    if (isObject && s.unevaluatedProperties !== undefined) {
      for (const key of Object.keys(obj)) {
        if (evaluated.has(key)) continue;
        if (s.unevaluatedProperties === false) problems.push({ path: member(at, key), message: 'is not an allowed property' });
        else problems.push(...sub(s.unevaluatedProperties as Schema, obj[key], member(at, key)).problems);
        evaluated.add(key);
      }
    }
    return { problems, evaluated };
  }
}

function notHint(schema: unknown): string {
  const required = (schema as { required?: unknown })?.required;
  return Array.isArray(required) ? ` (these properties may not all be present: ${required.join(', ')})` : '';
}

/** The problem of the failing branch that got furthest, so the message names the real place. */
function closest(outcomes: readonly Outcome[], at: string, fallback: string): SchemaProblem {
  let best: SchemaProblem | undefined;
  for (const o of outcomes) for (const p of o.problems) if (p.path !== at && (!best || p.path.length > best.path.length)) best = p;
  return best ?? { path: at, message: fallback };
}

/** `$.a`, or `$["action--…"]` for names that are not identifiers. */
export function member(at: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key.length > 120 ? `${key.slice(0, 120)}…` : key)}]`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(type: string | string[], value: unknown): boolean {
  return [type].flat().some((t) => {
    const actual = describeType(value);
    return t === actual || (t === 'number' && actual === 'integer');
  });
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
