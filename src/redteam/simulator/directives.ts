/**
 * Instructions the chat simulator finds in a text: "ignore previous instructions", "say X",
 * "print your system prompt", "what is the password", markdown images and links to include,
 * e-mails to send and tools to call. The text is read raw, normalised (look-alike letters,
 * invisible characters) and decoded (base64, hex, URL encoding, ROT13, leetspeak) through the
 * prompt-injection detector's input preparation, so disguised instructions are found too.
 * Nothing found is executed: directives are plain data the simulator's profile acts on.
 */
import { prepareForScoring } from '../../detect/index.js';
import {
  ASKS_FOR_PROMPT,
  ASKS_FOR_SECRET,
  CALL_VERBS,
  HARMFUL,
  HTML_IMAGE,
  IMAGE_FROM_URL,
  LINK_REQUEST,
  MARKDOWN_IMAGE,
  MARKER_TOKEN,
  MARKDOWN_LINK,
  NOT_LITERAL,
  OUTPUT_DIRECTED,
  OVERRIDE,
  PERSONA_NAME,
  REVEAL_PROMPT,
  REVEAL_SECRET,
  ROLE_PLAY,
  SAY,
  SEND_MAIL,
  STRICT_SAY_VERB,
} from './phrases.js';

/** What a mail directive asks to put into the message. */
export type MailContent = 'secret' | 'prompt' | 'conversation';

/** One instruction found in a text. */
export type Directive =
  | { readonly kind: 'override' }
  | { readonly kind: 'persona' }
  | { readonly kind: 'say'; readonly text: string }
  | { readonly kind: 'reveal-prompt' }
  | { readonly kind: 'reveal-secret'; readonly noun: string }
  | { readonly kind: 'image'; readonly url: string; readonly alt: string }
  | { readonly kind: 'link'; readonly url: string; readonly text: string }
  | { readonly kind: 'mail'; readonly to: string; readonly subject?: string; readonly wants: readonly MailContent[] }
  | {
      readonly kind: 'call';
      readonly tool: string;
      /** Arguments given as a JSON object after the tool's name. */
      readonly args?: Readonly<Record<string, unknown>>;
      /** The line the call was asked for in, where `name = "value"` arguments may be read. */
      readonly context?: string;
    };

/** A directive and whether it was only visible after normalisation or decoding. */
export interface FoundDirective {
  readonly directive: Directive;
  /** True when the raw text does not show it (encoded, leetspeak, look-alike letters, invisible characters). */
  readonly disguised: boolean;
}

/** Characters read after a "say" verb or an e-mail address. */
const TAIL = 240;
/** Most characters of a JSON argument object read after a tool name. */
const MAX_ARGS_CHARS = 4096;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal looks like a marker when it is written in capitals ("HACKED", "I HAVE BEEN PWNED"). */
function markerLike(text: string): boolean {
  return /^[A-Z0-9][A-Z0-9 _!.'-]{2,79}$/.test(text) && /[A-Z]{3}/.test(text);
}

/**
 * The text a "say" verb asks for, from what follows it; undefined when it is not a literal. A
 * quoted text counts; unquoted, a marker-like token in the clause counts ("the confirmation code
 * AISEC-…"), and otherwise the clause itself when it was marked as a literal ("only", "the word"),
 * follows an override, or looks like a marker. After a `strict` verb ("add", "put") only quotes
 * and marker tokens count.
 */
export function sayText(rest: string, marked: boolean, override: boolean, strict = false): string | undefined {
  const quoted = /^["'“‘`«„]([^"'”’`»“\n]{1,200})["'”’`»“]/u.exec(rest);
  if (quoted) return quoted[1]?.trim() || undefined;
  const line = /^[^\n]{1,200}/.exec(rest)?.[0] ?? '';
  const end = /[.!?;](?:\s|$)|,\s|\s(?:and|then|y|et|und|e|puis|dann|luego|poi)\s/i.exec(line);
  const clause = end ? line.slice(0, end.index) : line;
  const token = MARKER_TOKEN.exec(clause)?.[0];
  if (token !== undefined) return token;
  if (strict) return undefined;
  const text = clause.trim().replace(/[.,;:!?"'”’»)]+$/, '');
  if (text === '' || NOT_LITERAL.test(text)) return undefined;
  return marked || override || markerLike(text) ? text : undefined;
}

/** A JSON object starting at `text[0]` (braces balanced outside strings, bounded), parsed; undefined otherwise. */
export function leadingJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, MAX_ARGS_CHARS);
  for (let i = 0; i < limit; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        const value: unknown = JSON.parse(text.slice(0, i + 1));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Whether an output-directed phrase ("include this image", "end your reply with") sits before `index` on its line, or near it. */
function directedAt(text: string, index: number, length: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', index - 1) + 1, index - 240);
  const lineEnd = text.indexOf('\n', index + length);
  const window = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, index + length + 160));
  return OUTPUT_DIRECTED.test(window);
}

function mailDirective(context: string, to: string): Directive {
  const subject = /subject(?:\s+line)?\s*(?:is|of|:|=)?\s*["'“]([^"'”\n]{1,200})["'”]/i.exec(context)?.[1];
  const wants: MailContent[] = [];
  if (ASKS_FOR_SECRET.test(context)) wants.push('secret');
  if (ASKS_FOR_PROMPT.test(context)) wants.push('prompt');
  if (wants.length === 0) wants.push('conversation');
  return { kind: 'mail', to, ...(subject ? { subject } : {}), wants };
}

/** The line holding text[start, end), at most 200 characters before and 400 after. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 200);
  const newline = text.indexOf('\n', end);
  return text.slice(from, Math.min(newline < 0 ? text.length : newline, end + 400));
}

/** The words of a tool name: `issue_refund` → issue, refund; `deleteAccount` → delete, account. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

function toolDirectives(text: string, toolNames: readonly string[]): Directive[] {
  const out: Directive[] = [];
  for (const name of toolNames) {
    const escaped = escapeRegExp(name);
    const byName = new RegExp(`(?<![\\p{L}\\p{N}_])${CALL_VERBS}\\s+(?:the\\s+)?[\`'"]?${escaped}[\`'"]?(?:\\s+(?:tool|function))?(?:\\s*\\(|\\s+(?:with|using)(?:\\s+(?:the\\s+)?(?:arguments?|args|parameters?|params|input))?\\s*:?)?\\s*`, 'giu');
    const asCall = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}\\s*\\(\\s*(?=\\{)`, 'gu');
    for (const re of [byName, asCall]) {
      for (const m of text.matchAll(re)) {
        const after = m.index + m[0].length;
        const args = leadingJsonObject(text.slice(after));
        out.push({ kind: 'call', tool: name, ...(args ? { args } : { context: lineAround(text, m.index, after) }) });
      }
    }
    const parts = nameWords(name);
    if (parts.length >= 2 && parts.every((p) => /^[a-z]{2,20}$/.test(p))) {
      const [verb, ...rest] = parts;
      const phrase = new RegExp(
        `(?:^|[\\n.!?:;,]\\s*|(?<![\\p{L}\\p{N}_])(?:and|then|please|now|also|immediately)\\s+)${verb}\\s+(?:(?:the|a|an|this|that|my|all|their|his|her|its|every|customer's|user's)\\s+){0,3}${rest.join('\\s+')}(?![\\p{L}\\p{N}_])`,
        'iu',
      );
      const m = phrase.exec(text);
      if (m) out.push({ kind: 'call', tool: name, context: lineAround(text, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

/** The directives in one view of a text. */
function directivesIn(text: string, toolNames: readonly string[]): Directive[] {
  const out: Directive[] = [];
  const override = OVERRIDE.some((re) => re.test(text));
  if (override) out.push({ kind: 'override' });
  if (ROLE_PLAY.test(text) || PERSONA_NAME.test(text)) out.push({ kind: 'persona' });
  for (const m of text.matchAll(SAY)) {
    const strict = STRICT_SAY_VERB.test(m.groups?.verb ?? '');
    const said = sayText(text.slice(m.index + m[0].length, m.index + m[0].length + TAIL), (m.groups?.mod ?? '') !== '', override, strict);
    if (said !== undefined) out.push({ kind: 'say', text: said });
  }
  if (REVEAL_PROMPT.some((re) => re.test(text))) out.push({ kind: 'reveal-prompt' });
  for (const re of REVEAL_SECRET) {
    const m = re.exec(text);
    if (m) out.push({ kind: 'reveal-secret', noun: (m[1] ?? 'secret').toLowerCase() });
  }
  const directed = (index: number, length: number): boolean => override || directedAt(text, index, length);
  for (const m of text.matchAll(MARKDOWN_IMAGE)) {
    if (directed(m.index, m[0].length)) out.push({ kind: 'image', alt: m[1] ?? '', url: m[2] ?? '' });
  }
  for (const re of [HTML_IMAGE, IMAGE_FROM_URL]) {
    for (const m of text.matchAll(re)) if (directed(m.index, m[0].length)) out.push({ kind: 'image', alt: 'image', url: m[1] ?? '' });
  }
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    if (directed(m.index, m[0].length)) out.push({ kind: 'link', text: m[1] ?? '', url: m[2] ?? '' });
  }
  for (const m of text.matchAll(LINK_REQUEST)) {
    const url = (m[1] ?? '').replace(/[.,;:!?]+$/, '');
    if (!out.some((d) => (d.kind === 'link' || d.kind === 'image') && d.url === url)) out.push({ kind: 'link', text: url, url });
  }
  for (const m of text.matchAll(SEND_MAIL)) {
    const to = m[2] ?? '';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + TAIL);
    const sentence = after.split(/(?<=[.!?])\s|\n/)[0] ?? '';
    out.push(mailDirective(`${m[1] ?? ''} ${sentence}`, to));
  }
  out.push(...toolDirectives(text, toolNames));
  return out;
}

/** A key that identifies a directive, for removing duplicates. */
export function directiveKey(d: Directive): string {
  return JSON.stringify(d);
}

/**
 * The directives in `text`, from its raw, normalised and decoded views, without duplicates.
 * `toolNames` are the tools offered, which "call X" may name.
 */
export function findDirectives(text: string, toolNames: readonly string[] = []): FoundDirective[] {
  if (text.trim() === '') return [];
  const found = new Map<string, FoundDirective>();
  for (const view of prepareForScoring(text).views) {
    const disguised = view.kind !== 'raw';
    for (const directive of directivesIn(view.text, toolNames)) {
      const key = directiveKey(directive);
      const seen = found.get(key);
      if (seen === undefined || (seen.disguised && !disguised)) found.set(key, { directive, disguised });
    }
  }
  return [...found.values()];
}

/** Whether `text` (any view) asks for plainly harmful help. */
export function asksForHarm(text: string): boolean {
  if (text.trim() === '') return false;
  return prepareForScoring(text).views.some((view) => HARMFUL.some((re) => re.test(view.text)));
}
