import { allowRules, ruleMatches, userAllowRules, type AllowRule } from './allowlist.js';
import { py3Name } from './compat.js';
import { dangerWhy, denyMatch, type DangerCategory } from './denylist.js';

/** The policy's judgement of one imported global. */
export type GlobalVerdict =
  | { readonly level: 'allowed'; readonly ecosystem: string }
  | { readonly level: 'unknown'; readonly reason: string }
  | { readonly level: 'dangerous'; readonly category: DangerCategory | 'dunder'; readonly reason: string; readonly matched: string };

/** Classifies globals against the allowlist (default deny) and names severity with the denylist. */
export interface PicklePolicy {
  classify(module: string, name: string): GlobalVerdict;
}

const DUNDER = /^__\w+__$/;
const DUNDER_WHY =
  'walks Python internals (a double-underscore attribute such as __globals__, __builtins__ or __subclasses__), the classic way to reach eval or os from an innocent-looking object';

/**
 * Create the policy: built-in allowlist plus `allow` entries (`module.name` or `module.*`).
 * User entries can admit unknown globals but never downgrade a denylisted one.
 *
 * @example
 * createPolicy().classify('torch._utils', '_rebuild_tensor_v2').level // 'allowed'
 * createPolicy().classify('pathlib', 'os.system').level               // 'dangerous'
 */
export function createPolicy(allow: readonly string[] = []): PicklePolicy {
  const user = userAllowRules(allow);
  const cache = new Map<string, GlobalVerdict>();
  return {
    classify(module, name) {
      const key = `${module}\u0000${name}`;
      let verdict = cache.get(key);
      if (verdict === undefined) {
        verdict = judge(module, name, user);
        // Bounded: a hostile stream can name millions of distinct globals.
        if (cache.size < 50_000) cache.set(key, verdict);
      }
      return verdict;
    },
  };
}

function judge(module: string, name: string, user: readonly AllowRule[]): GlobalVerdict {
  const [m3, n3] = py3Name(module, name);
  const pairs = [[module, name], [m3, n3]] as const;
  // The curated allowlist wins (pathlib.PosixPath is fine though pathlib can write files); user
  // entries come after the denylist so they can never make a dangerous global look allowed.
  for (const [m, n] of pairs) {
    const rule = allowRules.find((r) => ruleMatches(r, m, n));
    if (rule) return { level: 'allowed', ecosystem: rule.ecosystem };
  }
  const danger = dangerOf(module, name) ?? dangerOf(m3, n3);
  if (danger) return danger;
  for (const [m, n] of pairs) {
    const rule = user.find((r) => ruleMatches(r, m, n));
    if (rule) return { level: 'allowed', ecosystem: rule.ecosystem };
  }
  if (m3 === '__main__') {
    return { level: 'unknown', reason: `${module}.${name} is code from the script that saved the model; loading needs that code and runs whatever it defines` };
  }
  if (name.includes('.')) {
    return { level: 'unknown', reason: `${module}.${name} reaches an attribute through a dotted name, which ordinary pickles do not do; it is not on any allowlist` };
  }
  return { level: 'unknown', reason: `${module}.${name} is not on the allowlist of globals that model pickles need, so the pickle imports and may call code nobody reviewed` };
}

// A dangerous verdict for the pair, looking through dotted attribute chains: `pathlib` +
// `os.system` is `os.system`, and any dunder segment walks interpreter internals.
function dangerOf(module: string, name: string): GlobalVerdict | undefined {
  const nameParts = name.split('.');
  const parts = [...module.split('.'), ...nameParts];
  const modCount = module.split('.').length;
  // Most specific first: every split of the full dotted path into module + attribute, and every
  // suffix (an attribute chain can re-enter any module that the first one imported).
  for (let start = parts.length - 1; start >= 0; start--) {
    if (start > 0 && start < modCount) continue; // a submodule of the named module is covered below
    for (let cut = parts.length - 1; cut > start; cut--) {
      const rule = denyMatch(parts.slice(start, cut).join('.'), parts.slice(cut).join('.'));
      if (rule) return dangerous(rule.category, `${parts.slice(start, cut).join('.')}.${parts.slice(cut).join('.')}`);
    }
  }
  if (nameParts.some((part) => DUNDER.test(part)) && !ALLOWED_DUNDERS.has(`${module}.${name}`)) {
    return { level: 'dangerous', category: 'dunder', reason: DUNDER_WHY, matched: `${module}.${name}` };
  }
  return undefined;
}

function dangerous(category: DangerCategory, matched: string): GlobalVerdict {
  return { level: 'dangerous', category, reason: `${matched} ${dangerWhy[category]}`, matched };
}

const ALLOWED_DUNDERS = new Set(['copyreg.__newobj__', 'copyreg.__newobj_ex__', 'copy_reg.__newobj__', 'copy_reg.__newobj_ex__']);
