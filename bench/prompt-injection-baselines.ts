/**
 * The untrained baselines the prompt-injection benchmark scores beside aisec's detector, on the
 * same rows and in the same run:
 *
 * - `keyword strict`: eight regexes for explicit override, DAN, developer-mode, "no
 *   restrictions" and reveal-the-system-prompt phrasing (the strict keyword baseline of the
 *   prompt-injection notes, § 6);
 * - `keyword broad`: strict plus role-play, extraction, secrets, markdown-image-with-query,
 *   encoding and "admin mode" vocabulary (the notes' broad baseline);
 * - `llm-guard` (npm 0.1.9) configured as in the notes, `new LLMGuard({ promptInjection: true,
 *   jailbreak: true })`: the library leaves every guard not set to `false` on, so its PII,
 *   profanity, toxicity and relevance guards run too (F1 0.529 on the development set in the
 *   notes); flagged when it calls the prompt invalid;
 * - `llm-guard (injection + jailbreak only)`: the same with the four other guards off, which is
 *   what the configuration seems to ask for;
 * - `vard strict` (@andersmyrmel/vard 1.2.0): the strict preset as shipped (threshold 0.5, every
 *   threat blocked, 10,000-character limit); flagged when `safeParse` finds a threat.
 *
 * All answer a yes/no verdict, so their score is 1 or 0.
 */
import vard from '@andersmyrmel/vard';
import { LLMGuard } from 'llm-guard';

/** A baseline: its name, how it was configured, and a verdict per text. */
export interface Baseline {
  readonly name: string;
  /** A short name for table columns. */
  readonly short: string;
  readonly config: string;
  /** 1 when the text is flagged as an injection or jailbreak, else 0. */
  score(text: string): Promise<number> | number;
}

const STRICT: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}?\b(?:previous|prior|above|earlier|preceding|all|any|your)\b[^.\n]{0,20}?\b(?:instructions?|prompts?|rules|directives|guidelines|commands)\b/i,
  /\b(?:new|updated|real) instructions?\s*(?:are|:)/i,
  /\bDAN\b/,
  /\bdo anything now\b/i,
  /\bdeveloper mode\b/i,
  /\b(?:no|without any|free (?:of|from)(?: all| any)?) (?:restrictions|limitations|filters|censorship|ethical (?:guidelines|constraints))\b/i,
  /\b(?:reveal|show|print|repeat|output|display|tell me|leak)\b[^.\n]{0,30}?\b(?:system prompt|initial prompt|hidden (?:prompt|instructions)|original instructions|your instructions)\b/i,
  /\b(?:no longer|not) (?:bound|restricted|limited) by\b/i,
];

const BROAD_EXTRA: readonly RegExp[] = [
  // role-play
  /\b(?:act as|pretend (?:to be|you are|that you are)|you are now|from now on,? you|role-?play as|stay in character)\b/i,
  // extraction
  /\b(?:system prompt|instructions above|words above|text above|everything above|your (?:rules|guidelines|prompt))\b/i,
  // secrets
  /\b(?:password|secret key|api key|access token|credentials?|private key)\b/i,
  // markdown image with a query string (exfiltration)
  /!\[[^\]\n]{0,100}\]\(\s*https?:\/\/[^)\s]{1,300}\?[^)\s]{0,300}\)/i,
  // encoding
  /\b(?:base64|rot-?13|hex(?:adecimal)?[- ]encoded|decode (?:this|the following)|encoded (?:message|text|string))\b/i,
  // admin mode and kin
  /\b(?:admin(?:istrator)? mode|god mode|sudo mode|root access|unrestricted mode|jailbr(?:eak|oken))\b/i,
];

const anyMatch = (patterns: readonly RegExp[], text: string): number => (patterns.some((re) => re.test(text)) ? 1 : 0);

/** The keyword baselines: strict and broad. */
export const keywordStrict: Baseline = { name: 'keyword strict', short: 'kw strict', config: `${STRICT.length} regexes`, score: (text) => anyMatch(STRICT, text) };
export const keywordBroad: Baseline = {
  name: 'keyword broad',
  short: 'kw broad',
  config: `${STRICT.length + BROAD_EXTRA.length} regexes`,
  score: (text) => anyMatch(STRICT, text) || anyMatch(BROAD_EXTRA, text),
};

/** llm-guard (npm) as the notes ran it: promptInjection and jailbreak set, the other guards left at their default (on). */
export function llmGuardBaseline(): Baseline {
  const guard = new LLMGuard({ promptInjection: true, jailbreak: true });
  return {
    name: 'llm-guard',
    short: 'llm-guard',
    config: 'npm 0.1.9, { promptInjection: true, jailbreak: true } (other guards on by default)',
    score: async (text) => ((await guard.validate(text)).isValid ? 0 : 1),
  };
}

/** llm-guard (npm) with only its promptInjection and jailbreak guards. */
export function llmGuardInjectionOnlyBaseline(): Baseline {
  const guard = new LLMGuard({ pii: false, profanity: false, toxicity: false, relevance: false, promptInjection: true, jailbreak: true });
  return {
    name: 'llm-guard (injection + jailbreak only)',
    short: 'llm-guard inj+jb',
    config: 'npm 0.1.9, promptInjection + jailbreak guards, the other four off',
    score: async (text) => ((await guard.validate(text)).isValid ? 0 : 1),
  };
}

/** vard's strict preset. */
export function vardStrictBaseline(): Baseline {
  const strict = vard.strict();
  return {
    name: 'vard strict',
    short: 'vard strict',
    config: '@andersmyrmel/vard 1.2.0, strict preset',
    score: (text) => (strict.safeParse(text).safe ? 0 : 1),
  };
}

/** Every baseline, in the order the benchmark prints them. */
export function allBaselines(): Baseline[] {
  return [keywordStrict, keywordBroad, llmGuardBaseline(), llmGuardInjectionOnlyBaseline(), vardStrictBaseline()];
}
