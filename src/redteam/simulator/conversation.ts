/**
 * How the chat simulator reads a conversation: the application's own system prompt apart from
 * documents appended to it, the latest user turn split into the user's own words and content
 * the user pasted (an e-mail, a web page), and the tool results and tool calls since that turn.
 * Every text is cut to a context window, so a huge request costs bounded work.
 */
import type { ChatMessage } from '../types.js';

/** Characters of one message the simulator reads (the start of it). */
export const MAX_MESSAGE_CHARS = 32_768;
/** Characters of the whole conversation the simulator reads (the most recent messages). */
export const MAX_CONTEXT_CHARS = 262_144;

/** The conversation as the simulator sees it. */
export interface ConversationView {
  /** The application's instructions: the system messages up to any appended documents. */
  readonly systemPrompt: string;
  /** Documents appended to the system messages (after a "Documents:" / `<document>` marker). */
  readonly documents: readonly string[];
  /** Every user turn in order, the latest last. */
  readonly userTurns: readonly string[];
  /** The user's own words in the latest turn. */
  readonly userOwn: string;
  /** Content the user pasted in the latest turn (quoted, fenced, tagged, or after "…:" on its own line). */
  readonly userPasted: readonly string[];
  /** Tool results in the conversation (also ones an application put before the user's turn). */
  readonly toolResults: readonly { readonly name: string; readonly content: string }[];
  /** Tool calls the assistant already made after the latest user turn, as `name\0arguments`. */
  readonly callsMade: ReadonlySet<string>;
  /** Names of the tools already called after the latest user turn. */
  readonly toolsCalled: ReadonlySet<string>;
  /** Role of the last message. */
  readonly lastRole: ChatMessage['role'] | undefined;
  /** The assistant's last words before the latest user turn ('' when none). */
  readonly assistantBefore: string;
}

/** A line that starts the documents appended to a system prompt. */
const DOCUMENT_MARKER =
  /^[ \t]*(?:#{1,6}[ \t]*)?(?:(?:retrieved|relevant|reference|context|knowledge[- ]base|kb|search|source|supporting)[ \t]+)?(?:documents?|context|sources?|passages?|search[ \t]+results|excerpts?)[ \t]*(?:\([^)\n]{0,80}\))?[ \t]*:?[ \t]*$|^[ \t]*<(?:documents?|doc|context|sources?|retrieved)(?:[ \t][^>\n]{0,200})?>|^[ \t]*(?:-{3,}|={3,}|\[)?[ \t]*(?:begin|start)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:documents?|context|retrieved)|^[ \t]*(?:\[[ \t]*)?document[ \t]*#?\d{1,4}[ \t]*[:\]]/im;

/** Split a system message into the application's own instructions and appended documents. */
export function splitSystemMessage(text: string): { own: string; documents: string[] } {
  const marker = DOCUMENT_MARKER.exec(text);
  if (marker === null) return { own: text.trim(), documents: [] };
  const own = text.slice(0, marker.index).trim();
  const rest = text.slice(marker.index);
  // One document per `<document>` block, `Document N:` heading or `[N]` entry when there are several.
  const parts = rest.split(/\n(?=[ \t]*(?:<(?:document|doc)[\s>]|(?:\[[ \t]*)?document[ \t]*#?\d{1,4}[ \t]*[:\]]|\[\d{1,4}\][ \t]))/i);
  return { own, documents: parts.map((p) => p.trim()).filter((p) => p.length > 0) };
}

/** An opening tag of a pasted block (`<email>`, `<document id="3">`). */
const OPENING_TAG = /<([A-Za-z][\w-]{0,30})(?:\s[^>\n]{0,200})?>/g;
/** Lines quoted with `>`. */
const QUOTED_LINES = /(?:^[ \t]*>[^\n]*(?:\n|$))+/gm;

/** Cut the blocks between `open` and `close` out of `text` (linear: each search resumes where the last ended). */
function cutDelimited(text: string, open: string, close: string, pasted: string[]): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf(open, at);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    out += `${text.slice(at, start)} `;
    pasted.push(text.slice(start + open.length, end));
    at = end + close.length;
  }
  return out + text.slice(at);
}

/** Cut `<tag>…</tag>` blocks out of `text`; a tag whose closing tag is missing is left as it is. */
function cutTagged(text: string, pasted: string[]): string {
  let out = '';
  let at = 0;
  const unclosed = new Set<string>();
  OPENING_TAG.lastIndex = 0;
  for (let m = OPENING_TAG.exec(text); m !== null; m = OPENING_TAG.exec(text)) {
    const name = m[1] ?? '';
    if (m.index < at || unclosed.has(name)) continue;
    const close = text.indexOf(`</${name}`, m.index + m[0].length);
    if (close < 0) {
      unclosed.add(name);
      continue;
    }
    out += `${text.slice(at, m.index)} `;
    pasted.push(text.slice(m.index + m[0].length, close));
    const closeEnd = text.indexOf('>', close);
    at = closeEnd < 0 ? text.length : closeEnd + 1;
    OPENING_TAG.lastIndex = at;
  }
  return out + text.slice(at);
}

/** Verbs of a request about a text the user supplies ("Summarise my latest e-mail", "Translate this"). */
const TEXT_TASK = /\b(?:summari[sz]e|summary|translate|review|check|read|analy[sz]e|proofread|rewrite|explain|classify|reply to|respond to|answer|what does|tl;?dr)\b/i;

/**
 * Where the user's request ends and the text it is about begins: after a line ending with a
 * colon, or after a first paragraph that asks for work on a text; undefined when neither.
 */
function requestEnd(text: string): { own: string; rest: string } | undefined {
  const colon = /[:：][ \t]*\n/.exec(text);
  if (colon !== null) return { own: text.slice(0, colon.index + 1), rest: text.slice(colon.index + colon[0].length) };
  const gap = /\n[ \t]*\n/.exec(text);
  if (gap !== null && TEXT_TASK.test(text.slice(0, gap.index))) return { own: text.slice(0, gap.index), rest: text.slice(gap.index + gap[0].length) };
  return undefined;
}

/**
 * Split a user turn into the user's own words and what the user pasted: fenced blocks,
 * `<tag>…</tag>` blocks, triple-quoted text, `>`-quoted lines, and everything after a line
 * ending with a colon ("Summarise this e-mail:") or after a first paragraph asking for work on a
 * text ("Summarise my latest e-mail", a blank line, the e-mail).
 */
export function splitUserTurn(text: string): { own: string; pasted: string[] } {
  const pasted: string[] = [];
  let own = cutDelimited(text, '```', '```', pasted);
  own = cutDelimited(own, '"""', '"""', pasted);
  own = cutTagged(own, pasted);
  own = own.replace(QUOTED_LINES, (block) => {
    pasted.push(block.replace(/^[ \t]*>[ \t]?/gm, ''));
    return ' ';
  });
  const split = requestEnd(own);
  if (split !== undefined && split.rest.trim() !== '') {
    pasted.push(split.rest);
    own = split.own;
  }
  return { own: own.trim(), pasted: pasted.map((p) => p.trim()).filter((p) => p.length > 0) };
}

/** The most recent messages whose text fits the context window, each cut to its own limit. */
function withinWindow(messages: readonly ChatMessage[]): ChatMessage[] {
  const kept: ChatMessage[] = [];
  let total = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message === undefined) continue;
    const content = typeof message.content === 'string' ? message.content.slice(0, MAX_MESSAGE_CHARS) : '';
    if (total + content.length > MAX_CONTEXT_CHARS && message.role !== 'system') break;
    total += content.length;
    kept.push({ ...message, content });
  }
  return kept.reverse();
}

/** Read a conversation (see {@link ConversationView}). */
export function readConversation(messages: readonly ChatMessage[]): ConversationView {
  const window = withinWindow(messages);
  const system = window.filter((m) => m.role === 'system').map((m) => splitSystemMessage(m.content));
  let lastUser = -1;
  window.forEach((m, i) => {
    if (m.role === 'user') lastUser = i;
  });
  const userTurns = window.filter((m) => m.role === 'user').map((m) => m.content);
  const latest = lastUser >= 0 ? splitUserTurn(window[lastUser]?.content ?? '') : { own: '', pasted: [] };
  const after = window.slice(lastUser + 1);
  const callsMade = new Set<string>();
  const toolsCalled = new Set<string>();
  for (const m of after) {
    for (const call of m.role === 'assistant' ? (m.toolCalls ?? []) : []) {
      callsMade.add(`${call.name}\0${call.arguments}`);
      toolsCalled.add(call.name);
    }
  }
  return {
    systemPrompt: system.map((s) => s.own).filter((s) => s !== '').join('\n\n'),
    documents: system.flatMap((s) => s.documents),
    userTurns,
    userOwn: latest.own,
    userPasted: latest.pasted,
    toolResults: window.filter((m) => m.role === 'tool').map((m) => ({ name: m.name ?? '', content: m.content })),
    callsMade,
    toolsCalled,
    lastRole: window.at(-1)?.role,
    assistantBefore: window.slice(0, Math.max(0, lastUser)).findLast((m) => m.role === 'assistant' && m.content !== '')?.content ?? '',
  };
}
