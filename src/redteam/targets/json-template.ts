/**
 * Request bodies from a JSON template, filled in structurally: the template is parsed JSON, and
 * a string value that is exactly a placeholder (`"{{messages}}"`) is replaced by a JSON value;
 * a placeholder inside a longer string is replaced by text. No JSON text is ever concatenated
 * and no template engine runs, so a prompt holding quotes, braces or `{{system}}` is sent as the
 * literal text it is.
 */

/** The placeholders a template may use. */
export const placeholderNames = ['prompt', 'messages', 'system', 'session'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

/** The values placed into a template. */
export type PlaceholderValues = { readonly [K in PlaceholderName]: unknown };

const placeholder = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;
const wholePlaceholder = /^\{\{\s*([A-Za-z_]+)\s*\}\}$/;

/** Deepest nesting and most values a template may have. */
const maxDepth = 32;
const maxNodes = 10_000;

/** What a template uses, or the problems with it (each naming its place, e.g. `body.input[0]`). */
export interface TemplateCheck {
  readonly uses: ReadonlySet<PlaceholderName>;
  readonly problems: readonly string[];
}

/** Check a template: JSON values only, known placeholders, `{{messages}}` only as a whole value. */
export function checkTemplate(template: unknown): TemplateCheck {
  const uses = new Set<PlaceholderName>();
  const problems: string[] = [];
  let nodes = 0;
  const walk = (value: unknown, where: string, depth: number): void => {
    if (++nodes > maxNodes) {
      if (nodes === maxNodes + 1) problems.push(`the template has more than ${maxNodes} values`);
      return;
    }
    if (depth > maxDepth) {
      problems.push(`${where} nests deeper than ${maxDepth} levels`);
      return;
    }
    if (value === null || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push(`${where} is not a finite number`);
      return;
    }
    if (typeof value === 'string') {
      const whole = wholePlaceholder.exec(value);
      for (const match of value.matchAll(placeholder)) {
        const name = match[1]!;
        if (!(placeholderNames as readonly string[]).includes(name)) {
          problems.push(`${where} uses {{${name}}}; the placeholders are ${placeholderNames.map((n) => `{{${n}}}`).join(', ')}`);
        } else if (name === 'messages' && whole === null) {
          problems.push(`${where}: {{messages}} is a list and must be the whole value ("{{messages}}"), not part of a text`);
        } else {
          uses.add(name as PlaceholderName);
        }
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${where}[${i}]`, depth + 1));
      return;
    }
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`, depth + 1);
      return;
    }
    problems.push(`${where} is ${typeof value}, not a JSON value`);
  };
  walk(template, 'body', 0);
  return { uses, problems };
}

/**
 * A copy of `template` with every placeholder filled from `values`. Whole-value placeholders
 * take the value as JSON; embedded ones take its text (`null` and undefined become "").
 * Call {@link checkTemplate} first: unknown placeholders are left as they are.
 */
export function fillTemplate(template: unknown, values: PlaceholderValues): unknown {
  const has = (name: string): name is PlaceholderName => Object.hasOwn(values, name);
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = wholePlaceholder.exec(value);
      if (whole !== null && has(whole[1]!)) return values[whole[1] as PlaceholderName] ?? null;
      return value.replace(placeholder, (text, name: string) => (has(name) ? asText(values[name]) : text));
    }
    if (Array.isArray(value)) return value.map(fill);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
    return value;
  };
  return fill(template);
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
