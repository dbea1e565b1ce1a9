/**
 * The kinds of threat the rules can raise, each with its taxonomy ids (MITRE ATLAS techniques,
 * CoSAI risks, OWASP items) and the controls that address it. Every id here must exist in the
 * shipped taxonomies (test/contract/taxonomy-ids.test.ts scans this file).
 */

/** What an attacker needs to carry the threat out; drives the likelihood (docs/risk.md). */
export type AttackerAccess = 'query' | 'data-supply' | 'supply-chain' | 'artifact' | 'conversation' | 'content' | 'decision';

/** Every threat kind, in the order the docs list them. */
export const threatKinds = [
  'data-poisoning',
  'model-extraction',
  'membership-inference',
  'model-inversion',
  'evasion',
  'supply-chain',
  'model-tampering',
  'excessive-agency',
  'indirect-prompt-injection',
  'direct-prompt-injection',
  'system-prompt-leakage',
  'sensitive-information-disclosure',
  'harmful-decisions',
] as const;
export type ThreatKind = (typeof threatKinds)[number];

/** Taxonomy ids of a threat. */
export interface ThreatTaxonomy {
  readonly atlas: readonly string[];
  readonly cosai: readonly string[];
  readonly owasp: readonly string[];
  /** EU AI Act articles the threat bears on (high-impact systems only). */
  readonly euAiAct?: readonly string[];
}

/** What the kind means and how it is attacked. */
export interface ThreatKindInfo {
  readonly kind: ThreatKind;
  readonly title: string;
  /** One sentence: what an attacker gains, in plain words. */
  readonly meaning: string;
  readonly access: AttackerAccess;
  readonly taxonomy: ThreatTaxonomy;
  /** Narrower ATLAS ids by the kind of asset threatened (e.g. a dataset's supply chain is AML.T0010.002 only). */
  readonly atlasByAsset?: Readonly<Partial<Record<'model' | 'dataset' | 'system', readonly string[]>>>;
  /** Evaluation kinds (model-test suites, red team) whose clean result lowers the likelihood. */
  readonly tests: readonly ('robustness' | 'privacy' | 'extraction' | 'red-team')[];
}

const info = (i: ThreatKindInfo): ThreatKindInfo => Object.freeze(i);

/** The catalogue of threat kinds. */
export const threatKindInfo: Readonly<Record<ThreatKind, ThreatKindInfo>> = Object.freeze({
  'data-poisoning': info({
    kind: 'data-poisoning',
    title: 'Data poisoning',
    meaning: 'Whoever can write training data can plant flipped labels or a backdoor trigger, and the model learns it.',
    access: 'data-supply',
    taxonomy: { atlas: ['AML.T0020', 'AML.T0010.002', 'AML.T0043.004'], cosai: ['riskDataPoisoning'], owasp: ['ML02:2023', 'LLM04:2025'] },
    tests: [],
  }),
  'model-extraction': info({
    kind: 'model-extraction',
    title: 'Model extraction',
    meaning: 'An outsider trains a copy of the model from its answers and uses or sells it, or studies it to plan other attacks.',
    access: 'query',
    taxonomy: { atlas: ['AML.T0024.002', 'AML.T0005.001'], cosai: ['riskModelExfiltration', 'riskModelReverseEngineering'], owasp: ['ML05:2023'] },
    tests: ['extraction'],
  }),
  'membership-inference': info({
    kind: 'membership-inference',
    title: 'Membership inference',
    meaning: 'An outsider tells from the answers whether a given person was in the training data, which discloses that they were a client.',
    access: 'query',
    taxonomy: { atlas: ['AML.T0024.000'], cosai: ['riskSensitiveDataDisclosure'], owasp: ['ML04:2023'] },
    tests: ['privacy'],
  }),
  'model-inversion': info({
    kind: 'model-inversion',
    title: 'Privacy leakage by model inversion',
    meaning: 'The model keeps traces of the personal data it was trained on, and an attacker with query access reconstructs attributes of people from it.',
    access: 'query',
    taxonomy: { atlas: ['AML.T0024.001'], cosai: ['riskSensitiveDataDisclosure', 'riskInferredSensitiveData'], owasp: ['ML03:2023'] },
    tests: ['privacy'],
  }),
  evasion: info({
    kind: 'evasion',
    title: 'Evasion',
    meaning: 'Someone whose input the model scores changes it slightly, within what they can really change, to get the decision they want.',
    access: 'query',
    taxonomy: { atlas: ['AML.T0015', 'AML.T0043'], cosai: ['riskModelEvasion'], owasp: ['ML01:2023'] },
    tests: ['robustness'],
  }),
  'supply-chain': info({
    kind: 'supply-chain',
    title: 'Supply-chain compromise',
    meaning: 'A model, a dataset or a file format from outside carries what its maker, or someone who changed it on the way, put in it, such as code that runs when a pickle is loaded.',
    access: 'supply-chain',
    taxonomy: { atlas: ['AML.T0010', 'AML.T0010.002', 'AML.T0010.003', 'AML.T0011.000'], cosai: ['riskModelSourceTampering', 'riskMaliciousLoaderDeserialization'], owasp: ['ML06:2023', 'LLM03:2025'] },
    atlasByAsset: { model: ['AML.T0010.003', 'AML.T0011.000'], dataset: ['AML.T0010.002'], system: ['AML.T0010.002'] },
    tests: [],
  }),
  'model-tampering': info({
    kind: 'model-tampering',
    title: 'Model tampering',
    meaning: 'Someone with write access to the stored model, the registry or the deployment swaps or edits it (for example to add a backdoor), and the system serves it.',
    access: 'artifact',
    taxonomy: { atlas: ['AML.T0018', 'AML.T0010.003'], cosai: ['riskModelSourceTampering', 'riskModelDeploymentTampering'], owasp: ['ML10:2023', 'LLM03:2025'] },
    tests: [],
  }),
  'excessive-agency': info({
    kind: 'excessive-agency',
    title: 'Excessive agency',
    meaning: 'The model can act through tools (send, write, delete, pay), so instructions smuggled into its context make it act against the user or the business.',
    access: 'content',
    taxonomy: { atlas: ['AML.T0053', 'AML.T0086'], cosai: ['riskRogueActions', 'riskAgenticDelegationConfusedDeputy'], owasp: ['LLM06:2025'] },
    tests: ['red-team'],
  }),
  'indirect-prompt-injection': info({
    kind: 'indirect-prompt-injection',
    title: 'Indirect prompt injection',
    meaning: 'Text written by outsiders (web pages, e-mails, tickets, reviews, uploads) reaches the prompt and can carry instructions the model follows.',
    access: 'content',
    taxonomy: { atlas: ['AML.T0051.001', 'AML.T0070'], cosai: ['riskPromptInjection', 'riskRetrievalVectorStorePoisoning'], owasp: ['LLM01:2025', 'LLM08:2025'] },
    tests: ['red-team'],
  }),
  'direct-prompt-injection': info({
    kind: 'direct-prompt-injection',
    title: 'Direct prompt injection and jailbreak',
    meaning: 'A user writes instructions that override the system prompt or the model\'s safety training.',
    access: 'conversation',
    taxonomy: { atlas: ['AML.T0051.000', 'AML.T0054'], cosai: ['riskPromptInjection'], owasp: ['LLM01:2025'] },
    tests: ['red-team'],
  }),
  'system-prompt-leakage': info({
    kind: 'system-prompt-leakage',
    title: 'System-prompt leakage',
    meaning: 'A user gets the model to repeat its system prompt, with whatever rules, names or secrets it holds.',
    access: 'conversation',
    taxonomy: { atlas: ['AML.T0056'], cosai: ['riskSensitiveDataDisclosure'], owasp: ['LLM07:2025'] },
    tests: ['red-team'],
  }),
  'sensitive-information-disclosure': info({
    kind: 'sensitive-information-disclosure',
    title: 'Sensitive information disclosure',
    meaning: 'The model reveals personal data, credentials or internal documents it saw in training, in its context or through its tools.',
    access: 'conversation',
    taxonomy: { atlas: ['AML.T0057'], cosai: ['riskSensitiveDataDisclosure'], owasp: ['LLM02:2025'] },
    tests: ['red-team'],
  }),
  'harmful-decisions': info({
    kind: 'harmful-decisions',
    title: 'Harmful decisions about people',
    meaning: 'A wrong, manipulated or biased output decides about a person\'s credit, health, work, housing or education, and the person bears the harm.',
    access: 'decision',
    taxonomy: {
      atlas: ['AML.T0048.003', 'AML.T0031'],
      cosai: ['riskInsecureModelOutput'],
      owasp: ['ML09:2023'],
      euAiAct: ['eu-ai-act:Art.9', 'eu-ai-act:Art.10', 'eu-ai-act:Art.12', 'eu-ai-act:Art.13', 'eu-ai-act:Art.14', 'eu-ai-act:Art.15'],
    },
    tests: [],
  }),
});
