/**
 * Arguments of the tool calls the simulator makes, shaped by the tool's JSON-schema parameters:
 * the recipient, subject and body of an e-mail go to whatever the schema calls them (`to`,
 * `recipient`, `subject`, `body`, `message`...), a search query to `query`, and the other
 * required fields get plain values.
 */
import type { ToolSpec } from '../types.js';

/** The property names of a tool's parameters, required ones first (at most 20). */
export function parameterNames(tool: ToolSpec): { names: string[]; required: string[] } {
  const params = tool.parameters;
  const properties = typeof params.properties === 'object' && params.properties !== null && !Array.isArray(params.properties) ? Object.keys(params.properties) : [];
  const required = Array.isArray(params.required) ? params.required.filter((r): r is string => typeof r === 'string') : [];
  return { names: [...new Set([...required, ...properties])].slice(0, 20), required: required.slice(0, 20) };
}

function typeOf(tool: ToolSpec, name: string): string {
  const properties = tool.parameters.properties as Record<string, unknown> | undefined;
  const spec = properties?.[name];
  return typeof spec === 'object' && spec !== null && typeof (spec as { type?: unknown }).type === 'string' ? ((spec as { type: string }).type ?? 'string') : 'string';
}

function pick(names: readonly string[], candidates: RegExp, fallback: string): string {
  return names.find((n) => candidates.test(n)) ?? fallback;
}

/** Arguments of an e-mail: recipient, subject and body under the schema's names. */
export function mailArguments(tool: ToolSpec, mail: { to: string; subject: string; body: string }): Record<string, unknown> {
  const { names } = parameterNames(tool);
  const to = pick(names, /^(?:to|recipients?|email|address|to_?address|to_?email|receiver)$/i, 'to');
  const subject = pick(names, /^(?:subject|title|topic)$/i, 'subject');
  const body = pick(names, /^(?:body|content|text|message|html|msg)$/i, 'body');
  const recipient = typeOf(tool, to) === 'array' ? [mail.to] : mail.to;
  return { [to]: recipient, [subject]: mail.subject, [body]: mail.body };
}

/** Arguments of a search: the query under the schema's name for it. */
export function searchArguments(tool: ToolSpec, query: string): Record<string, unknown> {
  const { names } = parameterNames(tool);
  return { [pick(names, /^(?:query|q|question|text|search|term|terms|keywords?)$/i, 'query')]: query };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Arguments written out as `name = "value"`, `name: value` or `name=value` in `context` (also
 * with JSON-escaped quotes, `name = \"value\"`), for the tool's parameters (or to / subject /
 * body when it declares none).
 */
export function keyValueArguments(tool: ToolSpec, context: string): Record<string, unknown> {
  const { names } = parameterNames(tool);
  const out: Record<string, unknown> = {};
  for (const name of names.length > 0 ? names : ['to', 'subject', 'body']) {
    const m = new RegExp(`(?<![\\w-])${escapeRegExp(name)}\\s*(?:=|:)\\s*(?:\\\\?"([^"\\\\\\n]{0,2000})\\\\?"|'([^'\\n]{0,2000})'|“([^”\\n]{0,2000})”|([^\\s,;)"'\\\\]{1,200}))`, 'i').exec(context);
    if (m) out[name] = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Plain values for the required fields of any other tool (all fields when none is marked required). */
export function defaultArguments(tool: ToolSpec, context: string): Record<string, unknown> {
  const { names, required } = parameterNames(tool);
  const fields = (required.length > 0 ? required : names).slice(0, 5);
  const email = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/.exec(context)?.[0];
  const number = /\b\d{3,12}\b/.exec(context)?.[0];
  const out: Record<string, unknown> = {};
  for (const name of fields) {
    const type = typeOf(tool, name);
    if (type === 'number' || type === 'integer') out[name] = number === undefined ? 1 : Number(number);
    else if (type === 'boolean') out[name] = true;
    else if (type === 'array') out[name] = [];
    else if (/mail|recipient|^to$/i.test(name)) out[name] = email ?? 'customer@example.com';
    else if (/id$|number|order/i.test(name)) out[name] = number ?? '10001';
    else out[name] = context.slice(0, 200);
  }
  return out;
}
