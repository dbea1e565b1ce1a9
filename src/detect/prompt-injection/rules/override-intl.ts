/**
 * Instruction override in languages other than English: "ignore all previous instructions"
 * as native speakers and machine translation phrase it. The rules are written in
 * override-intl-latin.ts (languages in the Latin script) and override-intl-scripts.ts (the
 * others); this is their one list, in the order the rule layer reads them.
 */
import { latinScriptOverrides } from './override-intl-latin.js';
import { otherScriptOverrides } from './override-intl-scripts.js';
import type { InjectionRule } from './rule-types.js';

const { de, fr, es, it, pt, nl, pl, tr, vi, id, tl, ro, cs, hu, fi } = latinScriptOverrides;
const { ru, zh, ja, ko, ar, hi, el, bn, th, he } = otherScriptOverrides;

export const overrideInternationalRules: readonly InjectionRule[] = [de, fr, es, it, pt, nl, ru, pl, tr, vi, id, zh, ja, ko, ar, hi, el, bn, th, tl, ro, cs, hu, fi, he];
