/**
 * Common English words and the vocabulary of instructions, lower case: the ROT13 search
 * (rot13-search.ts), the NATO, Atbash and Caesar readers count them to tell a disguised line from
 * an ordinary one; {@link COMMON_WORDS_ALL} adds the words of six other languages.
 */
import { COMMON_WORDS_INTL } from './common-words-intl.js';

export const COMMON_WORDS_EN: readonly string[] = [
  'the', 'and', 'to', 'of', 'in', 'is', 'are', 'you', 'your', 'me', 'my', 'it', 'this', 'that', 'all',
  'now', 'do', 'not', 'with', 'for', 'what', 'from', 'will', 'must', 'can', 'please', 'ignore',
  'previous', 'prior', 'instructions', 'instruction', 'system', 'prompt', 'disregard', 'forget',
  'reveal', 'password', 'secret', 'rules', 'above', 'say', 'tell', 'print', 'output', 'act',
  'pretend', 'mode', 'developer', 'respond', 'answer', 'only', 'any',
  // Common English words whose ROT13 is no English word (so English is not read as rotated):
  'have', 'has', 'had', 'been', 'was', 'were', 'they', 'them', 'their', 'there', 'then', 'than',
  'when', 'where', 'which', 'who', 'how', 'why', 'about', 'into', 'out', 'more', 'some', 'other',
  'new', 'just', 'also', 'like', 'get', 'make', 'know', 'think', 'see', 'give', 'use', 'find',
  'want', 'need', 'let', 'every', 'these', 'those', 'here', 'after', 'before', 'again', 'never',
  'always', 'should', 'would', 'could', 'did', 'does', 'done', 'we', 'our', 'us', 'him', 'his',
  'her', 'at', 'as', 'up', 'by', 'two', 'told', 'said', 'write', 'read', 'show', 'list', 'share',
  'repeat', 'include', 'provide', 'follow', 'following', 'instead', 'without', 'anything',
  'everything', 'nothing', 'something', 'question', 'information', 'message', 'content',
  'document', 'text', 'task', 'role', 'user', 'assistant', 'model', 'data', 'key', 'code', 'file',
  'files', 'email', 'send', 'link', 'image', 'visit', 'click', 'access', 'hidden', 'internal',
  'confidential', 'policy', 'safety', 'filter', 'admin', 'bypass', 'override', 'command', 'execute',
  'delete', 'start', 'stop', 'continue', 'jailbreak', 'restrictions', 'guidelines', 'unrestricted',
];

/** The common words as listed: English, then six other languages (common-words-intl.ts). Some lists built from it drop words (rot13-search.ts). */
export const COMMON_WORDS_ALL: readonly string[] = [...COMMON_WORDS_EN, ...COMMON_WORDS_INTL];

/** {@link COMMON_WORDS_EN} as a set, shared by the readers that look words up in it. */
export const COMMON_EN_SET: ReadonlySet<string> = new Set(COMMON_WORDS_EN);
