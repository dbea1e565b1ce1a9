/** Run every enabled rule over a closed window. */
import type { ReferenceProfile } from './reference.js';
import type { MonitorRule, RuleFinding } from './rules/rule.js';
import type { MonitorSettings } from './settings.js';
import type { WindowSnapshot } from './window.js';

/** A finding with the rule that made it. */
export interface WindowFinding extends RuleFinding {
  readonly rule: MonitorRule;
}

export function evaluateWindow(window: WindowSnapshot, reference: ReferenceProfile | null, settings: Pick<MonitorSettings, 'rules'>, rules: readonly MonitorRule[]): WindowFinding[] {
  const found: WindowFinding[] = [];
  for (const rule of rules) {
    const options = settings.rules[rule.id] ?? rule.options.parse({});
    if (!options.enabled) continue;
    for (const finding of rule.evaluate(window, reference, options)) found.push({ ...finding, rule });
  }
  return found;
}
