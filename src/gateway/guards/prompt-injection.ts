/**
 * `prompt-injection` (request): scores user and tool content (by default) with the
 * prompt-injection detector of `detect/` (rules and the learned model). One detector is loaded
 * once per process and shared by every configuration; the threshold is applied here. Scores of
 * texts seen recently from the same caller are kept ({@link TextScoreCache}), so a conversation's
 * earlier turns, sent again with every request, are scored once.
 */
import { createPromptInjectionDetector, type PromptInjectionDetector } from '../../detect/index.js';
import type { PromptInjectionGuardConfig } from '../config/sections/guards.js';
import { charsWithin, throughput } from './budget.js';
import type { RequestGuard } from './guard-types.js';
import { TextScoreCache } from './score-cache.js';

let shared: PromptInjectionDetector | undefined;

/** The process's one detector (weights read and checked on first use). */
export function sharedInjectionDetector(): PromptInjectionDetector {
  return (shared ??= createPromptInjectionDetector());
}

/** The caller scope of anonymous requests (ids of keys and token subjects are never empty). */
const anonymous = '';

/** Make the prompt-injection guard (`detector`: the shared one unless given, e.g. in tests). */
export function promptInjectionGuard(config: PromptInjectionGuardConfig, detector: Pick<PromptInjectionDetector, 'score' | 'scoreOnly' | 'threshold'> = sharedInjectionDetector()): RequestGuard {
  const threshold = config.threshold ?? detector.threshold;
  const rate = throughput('prompt-injection', (text) => void detector.score(text));
  const roles = new Set<string>(config.roles);
  const cache = config.cacheEntries > 0 ? new TextScoreCache({ entries: config.cacheEntries }) : undefined;
  return {
    id: 'prompt-injection',
    action: config.action,
    onError: config.onError,
    budgetMs: config.budgetMs,
    maxChars: charsWithin(config.budgetMs, rate, config.maxScanChars),
    selects: (t) => roles.has(t.role) || t.role === 'prompt' || t.role === 'input',
    check(request, selected) {
      const caller = request.caller ?? anonymous;
      let best = 0;
      for (const index of selected) {
        const text = request.texts[index]!.text;
        if (text.length === 0) continue;
        let score = cache?.get(caller, text);
        if (score === undefined) {
          score = detector.scoreOnly(text);
          cache?.set(caller, text, score);
        }
        if (score > best) best = score;
        if (best >= threshold) break;
      }
      return { found: best >= threshold, score: best };
    },
  };
}
