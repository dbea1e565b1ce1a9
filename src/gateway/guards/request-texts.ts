/**
 * The texts of an OpenAI-style request body, as the request guards read them: chat message
 * contents (strings or `text` content parts, any role, tool results included), tool-call
 * arguments the client sends back, completions prompts and embeddings inputs. A body of the
 * wrong shape is refused with ERR_USAGE naming the place, since what cannot be read cannot be
 * checked.
 */
import { AisecError } from '../../core/errors.js';
import type { RequestText, RequestTexts } from './guard-types.js';

/** The request is a prompt or input given as token ids, which text guards cannot read. */
export const TOKEN_INPUT = 'tokens' as const;

function wrong(place: string, what: string): AisecError {
  return new AisecError('ERR_USAGE', `The request body's ${place} must be ${what}.`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const knownRoles = new Set(['system', 'developer', 'user', 'assistant', 'tool', 'function']);

/** A message's role as the guards treat it: one the API knows, anything else counts as `user` (untrusted). */
function roleOf(value: string): string {
  const role = value.toLowerCase();
  return knownRoles.has(role) ? role : 'user';
}

function chatTexts(body: Record<string, unknown>, out: RequestText[]): number {
  const messages = body.messages;
  if (!Array.isArray(messages)) throw wrong('"messages"', 'an array of messages');
  for (let i = 0; i < messages.length; i++) {
    const m: unknown = messages[i];
    const place = `messages[${i}]`;
    if (!isObject(m)) throw wrong(place, 'an object');
    if (typeof m.role !== 'string') throw wrong(`${place}.role`, 'a string');
    const role = roleOf(m.role);
    const content = m.content;
    if (typeof content === 'string') out.push({ text: content, role, path: ['messages', i, 'content'] });
    else if (Array.isArray(content)) {
      for (let j = 0; j < content.length; j++) {
        const part: unknown = content[j];
        if (!isObject(part) || typeof part.type !== 'string') throw wrong(`${place}.content[${j}]`, 'a content part with a "type" string');
        for (const key of ['text', 'refusal'] as const) {
          if (part.type !== key) continue;
          const text = part[key];
          if (typeof text !== 'string') throw wrong(`${place}.content[${j}].${key}`, 'a string');
          out.push({ text, role, path: ['messages', i, 'content', j, key] });
        }
      }
    } else if (content !== undefined && content !== null) throw wrong(`${place}.content`, 'a string, an array of content parts or null');
    const calls = m.tool_calls;
    if (Array.isArray(calls)) {
      for (let j = 0; j < calls.length; j++) {
        const call: unknown = calls[j];
        const fn = isObject(call) ? call.function : undefined;
        if (!isObject(fn)) continue;
        if (fn.arguments !== undefined && typeof fn.arguments !== 'string') throw wrong(`${place}.tool_calls[${j}].function.arguments`, 'a string');
        if (typeof fn.arguments === 'string') out.push({ text: fn.arguments, role, path: ['messages', i, 'tool_calls', j, 'function', 'arguments'] });
      }
    } else if (calls !== undefined && calls !== null) throw wrong(`${place}.tool_calls`, 'an array');
    const legacy = m.function_call;
    if (isObject(legacy) && typeof legacy.arguments === 'string') out.push({ text: legacy.arguments, role, path: ['messages', i, 'function_call', 'arguments'] });
  }
  return messages.length;
}

/** Strings, or token ids (numbers, or arrays of numbers), of a prompt or input field. */
function listTexts(body: Record<string, unknown>, field: string, role: string, out: RequestText[]): number | typeof TOKEN_INPUT {
  const value = body[field];
  if (value === undefined || value === null) return 0;
  if (typeof value === 'string') {
    out.push({ text: value, role, path: [field] });
    return 1;
  }
  if (!Array.isArray(value)) throw wrong(`"${field}"`, 'a string or an array of strings');
  if (value.length > 0 && value.every((v) => typeof v === 'number' || (Array.isArray(v) && v.every((t) => typeof t === 'number')))) return TOKEN_INPUT;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') throw wrong(`${field}[${i}]`, 'a string (token ids cannot be mixed with text)');
    out.push({ text: item, role, path: [field, i] });
  }
  return value.length;
}

/**
 * The texts of a request to `endpoint` (`chat/completions`, `completions` or `embeddings`), or
 * {@link TOKEN_INPUT} when the prompt or input is given as token ids.
 */
export function requestTexts(endpoint: string, body: unknown): RequestTexts | typeof TOKEN_INPUT {
  if (!isObject(body)) throw wrong('top level', 'a JSON object');
  const texts: RequestText[] = [];
  let items: number | typeof TOKEN_INPUT;
  if (endpoint === 'chat/completions') items = chatTexts(body, texts);
  else if (endpoint === 'completions') {
    items = listTexts(body, 'prompt', 'prompt', texts);
    if (typeof body.suffix === 'string') texts.push({ text: body.suffix, role: 'prompt', path: ['suffix'] });
  } else if (endpoint === 'embeddings') items = listTexts(body, 'input', 'input', texts);
  else items = 0;
  if (items === TOKEN_INPUT) return TOKEN_INPUT;
  return { texts, items };
}

/** The body with the texts at `indices` replaced, as JSON bytes (the parsed body is not changed). */
export function replaceTexts(body: unknown, request: RequestTexts, replacements: ReadonlyMap<number, string>): Buffer {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  for (const [index, value] of replacements) {
    const path = request.texts[index]!.path;
    let node = copy;
    for (let k = 0; k < path.length - 1; k++) node = node[path[k]!] as Record<string | number, unknown>;
    node[path[path.length - 1]!] = value;
  }
  return Buffer.from(JSON.stringify(copy));
}
