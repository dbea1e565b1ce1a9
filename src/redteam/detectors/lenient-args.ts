/**
 * Reading the arguments of a tool call as the model sent them: JSON first, then JSON with the
 * usual slips repaired (a code fence around it, single quotes, trailing commas, a missing
 * closing brace), else the raw text. Parsing only: nothing is evaluated. Depth and the number
 * of values are capped.
 */

const MAX_ARGUMENT_CHARS = 100_000;
const MAX_DEPTH = 32;
const MAX_LEAVES = 10_000;

/** The values found in the arguments (strings, and numbers and booleans as text), or the raw text when it is not JSON even after repairs. */
export interface ParsedArguments {
  readonly parsed: boolean;
  readonly values: readonly string[];
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function repairs(text: string): string[] {
  const unfenced = text.replace(/^\s*```[a-z]*\s*/i, '').replace(/\s*```\s*$/, '');
  const noTrailing = unfenced.replace(/,\s*([}\]])/g, '$1');
  const doubleQuoted = noTrailing.replace(/'((?:[^'\\\n]|\\.)*)'/g, (_, body: string) => JSON.stringify(body.replace(/\\'/g, "'")));
  const opens = (doubleQuoted.match(/[{[]/g) ?? []).length;
  const closes = (doubleQuoted.match(/[}\]]/g) ?? []).length;
  const closed = opens > closes && opens - closes <= MAX_DEPTH ? doubleQuoted + '}'.repeat(opens - closes) : doubleQuoted;
  return [unfenced, noTrailing, doubleQuoted, closed];
}

function leaves(value: unknown, out: string[], depth: number): void {
  if (out.length >= MAX_LEAVES || depth > MAX_DEPTH) return;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') out.push(String(value));
  else if (Array.isArray(value)) for (const item of value) leaves(item, out, depth + 1);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value as Record<string, unknown>)) {
      if (out.length >= MAX_LEAVES) return;
      // A string holding JSON (arguments double-encoded) is read once more.
      if (typeof item === 'string' && /^\s*[{[]/.test(item) && depth < 2) {
        const inner = tryJson(item);
        if (inner.ok) {
          leaves(inner.value, out, depth + 1);
          continue;
        }
      }
      leaves(item, out, depth + 1);
    }
  }
}

/** Parse tool-call arguments leniently. Never throws. */
export function parseArguments(raw: unknown): ParsedArguments {
  return parseAt(raw, 0);
}

function parseAt(raw: unknown, depth: number): ParsedArguments {
  const text = typeof raw === 'string' ? raw.slice(0, MAX_ARGUMENT_CHARS) : raw === undefined || raw === null ? '' : safeText(raw);
  for (const candidate of [text, ...repairs(text)]) {
    const result = tryJson(candidate);
    if (result.ok && result.value !== null && typeof result.value === 'object') {
      const out: string[] = [];
      leaves(result.value, out, 0);
      return { parsed: true, values: out };
    }
    // Arguments sent as a JSON string holding JSON: unwrap a few levels.
    if (result.ok && typeof result.value === 'string' && depth < 3) return parseAt(result.value, depth + 1);
  }
  return { parsed: false, values: text.length > 0 ? [text] : [] };
}

function safeText(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? '').slice(0, MAX_ARGUMENT_CHARS);
  } catch {
    return '';
  }
}
