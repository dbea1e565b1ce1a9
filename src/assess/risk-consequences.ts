/**
 * What each kind of risk would mean if it came true, in words a board member reads: the harm
 * to the business and the harm to the people affected. The threat model says how an attacker
 * gets there (`meaning` of a threat kind); the report's first screen says what it would cost.
 */
import type { Risk, ThreatKind } from '../risk/index.js';

interface Consequence {
  /** What the organisation would suffer. */
  readonly business: string;
  /** What the people the system serves or decides about would suffer. */
  readonly people: string;
}

const consequences: Readonly<Record<ThreatKind, Consequence>> = {
  'data-poisoning': { business: 'Decisions would quietly follow a pattern an attacker planted, unseen until losses arrive', people: 'people could be refused or approved for reasons not their own' },
  'model-extraction': { business: 'A competitor or attacker would get a working copy of the model and the investment in it', people: 'attacks on the people it decides about can be rehearsed on the copy' },
  'membership-inference': { business: 'It would leak who the clients are: a personal-data breach to report', people: 'anyone could learn that a given person was a client' },
  'model-inversion': { business: 'Personal data it was trained on could be rebuilt from it: a breach to report', people: 'the people in the training data could have private details exposed' },
  evasion: { business: 'Those who know how could steer its decisions their way, defeating its purpose', people: 'honest people are judged by a system others can game' },
  'supply-chain': { business: 'An outside model, dataset or file could bring hidden code or tampered content into production', people: 'data about people on those machines could be stolen or altered' },
  'model-tampering': { business: 'A swapped or edited model would be served as the approved one', people: 'people would be decided about by a model nobody signed off' },
  'excessive-agency': { business: 'The assistant could be talked into using its tools (send, delete, pay) against the organisation', people: 'users could have messages sent, data changed or money moved in their name' },
  'indirect-prompt-injection': { business: 'Outside text (web pages, e-mails, uploads) could take over the assistant', people: 'users could be misled or have their data passed on without noticing' },
  'direct-prompt-injection': { business: 'Users could switch off its rules and make it say or do what the organisation forbids, in its name', people: 'other users could get harmful or false answers' },
  'system-prompt-leakage': { business: 'The instructions behind the assistant, with any names, rules or secrets in them, could be read by anyone', people: 'people named in them could be exposed' },
  'sensitive-information-disclosure': { business: 'The assistant could hand out personal data, credentials or internal documents: a breach to report', people: 'people could have their data disclosed to strangers' },
  'harmful-decisions': { business: 'A wrong, manipulated or biased decision would be the organisation\u2019s, with legal liability', people: 'the person decided about bears the harm: refused credit, care, work or housing' },
};

/** What the risk would mean for the business and for the people affected, as two joined sentences. */
export function riskConsequence(risk: Pick<Risk, 'threat'>): string {
  const c = consequences[risk.threat.kind];
  return `${c.business}; ${c.people}.`;
}
