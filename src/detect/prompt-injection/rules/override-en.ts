/**
 * Instruction override in English: "ignore all previous instructions", "forget everything you
 * were told", "your real instructions are", "from now on" with an unrestricted cue. A user
 * taking back their own request ("ignore my previous message") is not an override.
 */
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

const VERB = alt(
  'ignore', 'ignoring', 'disregard', 'disregarding', 'forget', 'forgetting', 'overlook', 'bypass',
  'discard', 'dismiss', 'abandon', 'neglect', 'set aside', 'throw (?:away|out)',
  'pay no (?:attention|heed) to', 'do not (?:follow|obey)', "don't (?:follow|obey)", 'stop (?:following|obeying)',
  'no longer (?:follow|obey)',
);
const EARLIER = alt(
  'previous', 'previously given', 'prior', 'above', 'earlier', 'preceding', 'foregoing', 'original',
  'initial', 'system', 'programmed', 'pre-?programmed', 'starting',
);
const INSTRUCTIONS = alt(
  'instructions?', 'rules', 'directions?', 'directives?', 'guidelines', 'commands', 'orders',
  'programming', 'constraints', 'restrictions', 'policies', 'context', 'training',
);
/**
 * Words allowed between the verb and "previous": determiners only, so a qualified object
 * ("ignore the formatting instructions from before") is the user's own and does not match.
 */
const DETERMINERS = String.raw`(?:(?:all|any|the|your|of|these|those|every|each|other|such|and|both|its)\s){0,4}`;
/** Words allowed between "previous" and "instructions": what kind of instructions they are. */
const KINDS = String.raw`(?:(?:usual|normal|standard|default|current|existing|entire|whole|full|system|safety|security|moderation|content|ai|assistant|model|developer|openai|given|received|base|core|and|or|&|conversations?|prompts?|messages?|inputs?|context|commands?|rules|instructions|directives|guidelines|restrictions),?\s){0,3}`;
/** The instructions are about a topic, as in a notice ("ignore the previous instructions regarding parking"). */
const ABOUT_A_TOPIC = {
  pattern: /^\s(?:regarding|about|concerning|re|on|for|of|in|at|during|when|while|if)\s(?!(?:the\s|your\s|any\s|all\s|this\s)?(?:ai|assistant|model|chatbot|bot|system|developers?|openai|anthropic|user|conversation|chat|prompt)\b)/,
  before: 0,
  after: 40,
};
/** A notice pointing to a corrected document ("discard the previous instructions and use the attached version"). */
const REPLACED_BY_A_DOCUMENT = {
  pattern: /^\s?,?\s?(?:and\s|;\s?)?(?:please\s)?(?:use|refer to|see|consult|read)\s(?:the\s)?(?:attached|updated|revised|corrected|enclosed|latest)\b/,
  before: 0,
  after: 60,
};
const BEFORE = alt('above', 'before', 'previously', 'earlier', 'so far', 'until now', 'up to now', 'in the past', 'from before');
const RECEIVED = alt('got', 'received', 'were given', 'have been given', "'ve been given", 'were told', 'have been told');
const VERB_KEYWORDS = [
  'ignor', 'disregard', 'forget', 'overlook', 'bypass', 'discard', 'dismiss', 'abandon', 'neglect',
  'set aside', 'throw away', 'throw out', 'pay no', 'not follow', "'t follow", 'stop following', 'longer follow', 'obey',
];
/** A negation just before the verb ("do not ignore the rules above"). */
const NEGATED = { pattern: /(?:\bnot|n't|\bnever|\bno)\s$/, before: 12, after: 0 };
/** The user's own words follow ("the instructions I gave you before"). */
const GIVEN_BY_USER = { pattern: /^\s?(?:that\s)?(?:i|we)\s(?:just\s)?(?:gave|sent|wrote|provided|made|typed|asked|posted|shared|mentioned|listed)\b/, before: 0, after: 30 };
/** The user's own earlier words. */
const OWN = /\b(?:my|our|i|we|me|mine)\b/;

/** A cue that the text wants the assistant free of its restrictions (not merely a villain in a story). */
export const UNRESTRICTED_CUE = new RegExp(
  alt(
    'no (?:longer )?(?:bound|restricted|limited|censored|filtered)',
    'not (?:be )?bound by',
    'without (?:any )?(?:restrictions|limits|limitations|filters|filtering|censorship|rules|guidelines|ethics|morals|moral|ethical)',
    'no (?:restrictions|filters|limits|limitations|censorship|ethical|moral|morals|ethics|rules|guidelines|boundaries)',
    'ignore (?:all|any|your|the) ',
    '(?:openai|anthropic|content) polic',
    'unfiltered', 'uncensored', 'unrestricted', 'jailbr(?:oken|eak)', 'do anything now',
    'never refuse', "(?:cannot|can't|can not|will not|won't) refuse", 'break(?:ing)? (?:the|any|all) rules',
  ),
);

export const overrideEnglishRules: readonly InjectionRule[] = [
  defineRule({
    id: 'override-previous-instructions',
    title: 'Tells the assistant to ignore its previous instructions',
    score: 0.95,
    family: 'instruction-override',
    languages: ['en'],
    keywords: VERB_KEYWORDS,
    patterns: [
      new RegExp(`\\b${VERB}\\s${DETERMINERS}${EARLIER}\\s${KINDS}${INSTRUCTIONS}\\b`),
      new RegExp(`\\b${VERB}\\s${DETERMINERS}${INSTRUCTIONS}\\s(?:(?:that\\s)?you\\s${RECEIVED}\\s)?${BEFORE}\\b`),
      new RegExp(`\\b${VERB}\\s${DETERMINERS}${INSTRUCTIONS}\\s(?:that\\s)?you\\s${RECEIVED}\\b`),
      new RegExp(`\\b${VERB}\\s${DETERMINERS}(?:system|original|initial|previous|prior|hidden|developer)\\s(?:system\\s)?prompts?\\b`),
    ],
    unless: [NEGATED, GIVEN_BY_USER, ABOUT_A_TOPIC, REPLACED_BY_A_DOCUMENT],
    unlessHit: OWN,
  }),
  defineRule({
    id: 'override-everything-you-were-told',
    title: 'Tells the assistant to forget everything it was told or taught',
    score: 0.92,
    family: 'instruction-override',
    languages: ['en'],
    keywords: VERB_KEYWORDS,
    patterns: [
      new RegExp(
        `\\b${VERB}\\s(?:about\\s)?(?:every?thing|everthing|all|anything)\\s(?:(?:that|of what|what)\\s)?` +
          alt(
            `you(?:'ve| have)? (?:been|were) (?:told|instructed|taught|programmed|trained|given)`,
            `(?:you )?(?:learned|learnt|were taught|know|knew) (?:before|previously|so far|until now)`,
            `before this (?:line|point|message|sentence)`,
            `(?:openai|anthropic|your (?:creators?|developers?)) (?:told|taught|said|programmed)`,
          ),
      ),
    ],
    unless: [NEGATED],
  }),
  defineRule({
    id: 'override-your-instructions',
    title: 'Tells the assistant to ignore its own rules, programming or guidelines',
    score: 0.9,
    family: 'instruction-override',
    languages: ['en'],
    keywords: VERB_KEYWORDS,
    patterns: [
      new RegExp(
        `\\b${VERB}\\s(?:all\\s(?:of\\s)?|any\\s(?:of\\s)?)?your\\s(?:(?:safety|content|ethical|moral|system|original|previous|prior|current|built-in|default|internal|hidden|core|programmed|usual|normal|standard|existing|initial)\\s)?` +
          alt(
            'instructions', 'rules', 'programming', 'guidelines', 'directives', 'restrictions', 'constraints', 'training',
            'system prompt', 'prompt', 'filters', 'content polic(?:y|ies)', 'policies', 'principles', 'limitations', 'morals', 'ethics',
          ) +
          '\\b',
      ),
      new RegExp(
        `\\b${VERB}\\s(?:about\\s)?(?:all\\s)?(?:those|the|any|these)\\s(?:[a-z-]+\\s)?(?:rules|restrictions|guidelines|policies|limitations|filters)\\s` +
          `(?:that|which)\\s(?:tell|tells|prevent|prevents|stop|stops|limit|limits|restrict|restricts|keep|keeps|bind|binds)\\syou\\b`,
      ),
    ],
    unless: [NEGATED],
  }),
  defineRule({
    id: 'override-ignore-the-above-and-do',
    title: 'Tells the assistant to ignore the text above and do something else instead',
    score: 0.85,
    family: 'instruction-override',
    languages: ['en'],
    keywords: ['ignor', 'disregard', 'forget'],
    patterns: [
      /\b(?:ignore|disregard|forget)\s(?:all\s(?:of\s)?|everything\s)?(?:the\s)?above(?:\s(?:text|content|prompt|instructions))?,?\s(?:and|then|&)\s(?:instead\s|just\s|only\s)?(?:say|print|output|repeat|respond|reply|write|tell|give|translate|state|return|answer|do|follow)\b/,
    ],
    unless: [NEGATED],
  }),
  defineRule({
    id: 'override-ignore-the-content-and-state',
    title: 'Tells the assistant to ignore the document it was given and state something else',
    score: 0.85,
    family: 'instruction-override',
    languages: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    keywords: ['ignor', 'disregard'],
    patterns: [
      /\b(?:ignore|disregard)\s(?:the|this)\s(?:webpage|web page|page|resume|résumé|cv|document|article|email|e-mail|function|code|paper|table|transaction|file|input|review|text)\s(?:and|,)\s(?:instead\s)?(?:state|print|output|declare|claim|respond with|reply with|say that|say:|write:|tell the user)/,
      /\bignorieren sie (?:die|das|den) (?:funktion|webseite|lebenslauf|dokument|text|code|artikel|e-mail) und (?:geben sie an|sagen sie|schreiben sie|erklären sie)/,
      /\bignor(?:ez|e) (?:la|le|l') ?(?:page web|fonction|cv|document|texte|code|article|e-mail) et (?:indiquez|dites|déclarez|affirmez|écrivez|indique|dis)/,
      /\bignor(?:a|e|ar) (?:la|el) (?:página web|función|currículum|documento|texto|código|artículo|correo) y (?:di|diga|indica|indique|declara|declare|afirma|escribe)/,
      /\bignora (?:la|il|lo) (?:pagina web|funzione|curriculum|documento|testo|codice|articolo|e-mail) e (?:dichiara|di'|dì|afferma|scrivi|indica)/,
      /\bignor(?:e|a|ar) (?:a|o) (?:página web|função|currículo|documento|texto|código|artigo|e-mail) e (?:o estado|declare|diga|afirme|escreva|indique)/,
    ],
  }),
  defineRule({
    id: 'override-regardless-of-previous',
    title: 'Asks for a task regardless of previous instructions',
    score: 0.8,
    family: 'instruction-override',
    languages: ['en'],
    keywords: ['regardless of', 'irrespective of', 'notwithstanding'],
    patterns: [
      /\b(?:regardless of|irrespective of|notwithstanding)\s(?:(?:any|all|your|the)\s){0,2}(?:previous|prior|earlier|above|original|system)\s(?:instructions|tasks|rules|directives|guidelines|prompts)\b/,
    ],
  }),
  defineRule({
    id: 'override-real-instructions',
    title: 'Claims the assistant has new, real or true instructions',
    score: 0.9,
    family: 'instruction-override',
    languages: ['en'],
    keywords: ['your real', 'your true', 'your actual', 'your new', 'your updated', 'your revised', 'your secret', 'your hidden'],
    patterns: [
      /\byour\s(?:real|true|actual|new|updated|revised|secret|hidden)\s(?:instructions|directives?|orders|programming|prompt|system prompt|core programming)\s(?:are|is|now are|will be|:)/,
      /\byour\s(?:real|true|actual|secret|hidden)\srules\s(?:are|:)/,
    ],
  }),
  defineRule({
    id: 'override-instructions-revoked',
    title: "Claims the assistant's instructions were revoked, replaced or updated by someone in charge",
    score: 0.9,
    family: 'instruction-override',
    languages: ['en'],
    keywords: ['your previous', 'your prior', 'your original', 'your old', 'your current', 'your instructions', 'your guidelines', 'your rules', 'your restrictions', 'your programming', 'your directives', 'your safety', 'your system prompt', 'forget you are', "forget that you're", 'forget that you are', "forget you're"],
    patterns: [
      /\byour\s(?:previous\s|prior\s|original\s|old\s|current\s|existing\s)?(?:instructions|guidelines|rules|restrictions|programming|directives|safety (?:rules|guidelines|settings|filters)|system prompt)\s(?:have been|has been|are|were|is)\s(?:now\s)?(?:revoked|cancell?ed|lifted|removed|suspended|void|voided|overridden|replaced|deleted|disabled|deactivated|rescinded|null and void)\b/,
      /\b(?:developers?|administrators?|admins?|operators?|openai|anthropic|creators?|owners?|system)\s(?:has|have)\s(?:just\s)?(?:updated|changed|replaced|revoked|rewritten|overridden|removed)\syour\s(?:instructions|guidelines|rules|restrictions|programming|directives|system prompt)\b/,
      /\bforget (?:that )?you(?:'re| are)\s(?:an?\s)?(?:[a-z-]{1,30}\s){0,3}?(?:assistant|bot|chatbot|ai|model|language model|agent)\b/,
    ],
  }),
  defineRule({
    id: 'override-new-instructions-marker',
    title: 'Starts a block of "new instructions"',
    score: 0.7,
    family: 'instruction-override',
    languages: ['en'],
    keywords: ['instruction'],
    patterns: [
      /(?:^|[\n.!?>\]|*#-]\s?)(?:new|updated|real|actual|revised|true|override|secret|hidden|additional) (?:system )?instructions?\s?:/,
    ],
  }),
  defineRule({
    id: 'override-from-now-on-unrestricted',
    title: 'Changes the assistant\'s behaviour "from now on" towards no restrictions',
    score: 0.88,
    family: 'instruction-override',
    languages: ['en'],
    keywords: ['from now on', 'from this moment', 'from this point'],
    patterns: [/\bfrom (?:now on|this moment on|this point (?:on|forward|onwards?))\b/],
    near: { pattern: UNRESTRICTED_CUE, before: 300, after: 400 },
  }),
];
