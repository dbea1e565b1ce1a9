/**
 * `language` (request): a script-based language policy. Each checked text's letters are sorted
 * by Unicode script; a text with enough letters and too large a share outside the allowed
 * scripts is refused. It tells writing systems apart (Latin, Cyrillic, Han, Arabic, …), not
 * languages that share one: English, French and Turkish are all Latin, Russian and Ukrainian
 * both Cyrillic. Digits, punctuation, symbols and emoji are never counted.
 */
import type { LanguageGuardConfig } from '../config/sections/guards.js';
import type { RequestGuard } from './guard-types.js';

/** Letter classes: 0 not a letter, 1 a letter in an allowed script, 2 a letter in another script. */
type LetterClass = 0 | 1 | 2;

/** Make the language guard. */
export function languageGuard(config: LanguageGuardConfig): RequestGuard {
  const allowed = new RegExp(`[${config.allowScripts.map((s) => `\\p{Script=${s}}`).join('')}]`, 'u');
  const letter = /\p{L}/u;
  const latin = config.allowScripts.includes('Latin');
  const cache = new Map<number, LetterClass>();
  const classify = (code: number, ch: string): LetterClass => {
    if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? (latin ? 1 : 2) : 0;
    let c = cache.get(code);
    if (c === undefined) {
      c = !letter.test(ch) ? 0 : allowed.test(ch) ? 1 : 2;
      if (cache.size < 65_536) cache.set(code, c);
    }
    return c;
  };
  const roles = new Set<string>(config.roles);
  return {
    id: 'language',
    action: config.action,
    onError: config.onError,
    budgetMs: config.budgetMs,
    maxChars: config.maxScanChars ?? Number.POSITIVE_INFINITY,
    selects: (t) => roles.has(t.role) || t.role === 'prompt' || t.role === 'input',
    check(request, selected) {
      for (const index of selected) {
        let letters = 0;
        let other = 0;
        for (const ch of request.texts[index]!.text) {
          const c = classify(ch.codePointAt(0)!, ch);
          if (c === 0) continue;
          letters++;
          if (c === 2) other++;
        }
        if (letters >= config.minLetters && other / letters > config.maxOtherShare) return { found: true, score: other / letters };
      }
      return { found: false };
    },
  };
}
