/**
 * `prompt-injection` (request): scores user and tool content (by default) with the
 * prompt-injection detector of `detect/` (rules and the learned model). One detector is loaded
 * once per process and shared by every configuration; the threshold is applied here.
 */
import { createPromptInjectionDetector, type PromptInjectionDetector } from '../../detect/index.js';
import type { PromptInjectionGuardConfig } from '../config/sections/guards.js';
import { charsWithin, throughput } from './budget.js';
import type { RequestGuard } from './guard-types.js';

let shared: PromptInjectionDetector | undefined;

/** The process's one detector (weights read and checked on first use). */
export function sharedInjectionDetector(): PromptInjectionDetector {
  return (shared ??= createPromptInjectionDetector());
}

/** Make the prompt-injection guard. */
export function promptInjectionGuard(config: PromptInjectionGuardConfig): RequestGuard {
  const detector = sharedInjectionDetector();
  const threshold = config.threshold ?? detector.threshold;
  const rate = throughput('prompt-injection', (text) => void detector.score(text));
  const roles = new Set<string>(config.roles);
  return {
    id: 'prompt-injection',
    action: config.action,
    onError: config.onError,
    budgetMs: config.budgetMs,
    maxChars: charsWithin(config.budgetMs, rate, config.maxScanChars),
    selects: (t) => roles.has(t.role) || t.role === 'prompt' || t.role === 'input',
    check(request, selected) {
      let best = 0;
      for (const index of selected) {
        const text = request.texts[index]!.text;
        if (text.length === 0) continue;
        const score = detector.scoreOnly(text);
        if (score > best) best = score;
        if (best >= threshold) break;
      }
      return { found: best >= threshold, score: best };
    },
  };
}
