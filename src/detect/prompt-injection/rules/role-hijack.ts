/**
 * Role hijack and jailbreak personas: DAN ("do anything now"), developer mode, "jailbroken",
 * personas with no ethical guidelines or free of the provider's content policy, and "stay in
 * character" when the character is meant to be unrestricted. A plain role-play request ("act
 * as a Linux terminal", "stay in character until I say stop") does not match.
 */
import { UNRESTRICTED_CUE } from './override-en.js';
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule, type RuleContext } from './rule-types.js';

/** The sentence before a hit asks about attacks rather than making one ("explain DAN prompts"). */
export const DISCUSSED: RuleContext = {
  pattern: new RegExp(
    '\\b' +
      alt(
        'what (?:is|are|was|were)', 'explain', 'describe', 'summari[sz]e', 'research (?:on|into|about)', 'papers? (?:on|about)',
        'articles? (?:on|about)', 'detect(?:ing|s)?', 'defend(?:ing)? against', 'mitigat(?:e|es|ing)', 'protect(?:ing)? against',
        'classif(?:y|ier|iers)', 'examples? of', 'known (?:attacks|jailbreaks)',
        'training (?:slide|material)', 'unit-test', 'test plan', 'logging', 'jailbreaks?(?: prompts?)?(?=\\s?\\()', 'why (?:might|would|do|does|is|are|can)', 'how (?:do|does|can|might|would) (?:attackers|people|users|jailbreaks?|prompts?)',
      ) +
      '\\b[^.!?\\n]{0,60}$',
  ),
  before: 90,
  after: 0,
};

const AI = alt('chatgpt', 'gpt(?:-?\\d)?', 'ai', 'assistant', 'model', 'language model', 'bot', 'chatbot', 'claude', 'bard', 'gemini', 'llama', 'you', 'yourself');

export const roleHijackRules: readonly InjectionRule[] = [
  defineRule({
    id: 'jailbreak-dan',
    title: 'DAN ("do anything now") jailbreak persona',
    score: 0.95,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['anything now', 'dan mode', 'anti-dan', 'betterdan'],
    patterns: [
      // "DAN, which stands for "do anything now"" counts even in quotes, as jailbreaks write it.
      /\b(?:stands for|short for|means|known as|called|named)\s["'(]?\s?do anything now\b/,
      /\bdo anything now\b/,
      /\bdan mode\b/,
      /\banti-dan\b/,
      /\bbetterdan\b/,
    ],
    unless: [DISCUSSED],
    // Jailbreaks quote the phrase themselves (can "do anything now"); discussion is caught by its cues.
    countsWhenQuoted: true,
  }),
  defineRule({
    id: 'jailbreak-dan-translated',
    title: 'DAN ("do anything now") jailbreak persona, translated',
    score: 0.9,
    family: 'role-hijack',
    languages: ['es', 'it', 'pt', 'fr', 'de', 'ru', 'zh', 'hi', 'ja', 'ko', 'tr', 'vi', 'id'],
    keywords: ['cualquier cosa', 'qualsiasi cosa', 'qualquer coisa', "n'importe quoi", 'jetzt alles', 'что угодно', '任何事', 'कुछ भी', '何でも', '무엇이든', '아무거나', 'her şeyi', 'apa saja', 'bất cứ điều gì', 'alles jetzt', '何でもする'],
    patterns: [
      new RegExp(
        alt(
          'haz cualquier cosa ahora', 'hacer cualquier cosa ahora', 'fare qualsiasi cosa (?:ora|adesso)', 'faça qualquer coisa agora',
          'fazer qualquer coisa agora', "fais n'importe quoi maintenant", "faire n'importe quoi maintenant", 'tu jetzt alles', 'mach jetzt alles',
          'делай что угодно сейчас', 'делать что угодно сейчас', 'сделай что угодно', '现在做任何事情?', '现在可以做任何事', '現在做任何事',
          'अभी कुछ भी करें', '今すぐ何でもする', '今何でもする', '지금 무엇이든', '지금 아무거나', 'şimdi her şeyi yap', 'lakukan apa saja sekarang',
          'làm bất cứ điều gì ngay bây giờ', 'tu alles jetzt', 'mach alles jetzt', '今何でもする',
        ),
        'u',
      ),
    ],
    near: { pattern: /(?<![\p{L}])(?:dan|bot)(?![\p{L}])/u, before: 60, after: 60 },
  }),
  defineRule({
    id: 'jailbreak-developer-mode',
    title: 'Asks the assistant to act with "developer mode" or another unrestricted mode enabled',
    score: 0.95,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['mode enabled', 'mode on', 'mode activated', 'mode output', 'developer mode', 'jailbreak mode', 'jailbroken mode', 'dan mode', 'unrestricted mode', 'evil mode', 'unfiltered mode', 'uncensored mode'],
    patterns: [
      new RegExp(`\\b${AI}\\s(?:with|in)\\s(?:the\\s)?(?:developer|dev|jailbreak|dan|unrestricted|evil|unfiltered|uncensored)\\s?mode\\s(?:enabled|on|activated)\\b`),
      /\bdeveloper mode output\b/,
      /\bsimulate (?:the )?developer mode\b/,
      /\b(?:enable|activate|enter|switch to|turn on)\s(?:the\s)?(?:jailbreak|jailbroken|dan|unrestricted|evil|unfiltered|uncensored)\smode\b/,
    ],
    unless: [DISCUSSED],
  }),
  defineRule({
    id: 'jailbreak-unrestricted-persona',
    title: 'Declares the assistant jailbroken, unfiltered or without restrictions',
    score: 0.9,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['jailbr', 'unfiltered', 'uncensored', 'unrestricted', 'unchained', 'freed', 'amoral', 'immoral', 'unethical', 'unhinged'],
    patterns: [
      /\byou(?:'re| are| will be| have been)\s(?:now\s)?(?:a\s|an\s)?(?:jailbroken\b|(?:unfiltered|uncensored|unrestricted|unchained|freed)(?=\s(?:ai|assistant|model|chatbot|version|llm|language model|mode|bot|and|now)\b|\s?[.,!]|$))/,
      /\b(?:act|respond|answer|behave|reply|pretend)\s(?:to be\s)?(?:as|like)\s(?:an?\s)?(?:jailbroken|unfiltered|uncensored|unrestricted|unchained)\s(?:ai|assistant|model|chatbot|version|llm|language model)\b/,
      /\bjailbroken\s(?:ai|mode|version|assistant|chatgpt|model|persona)\b/,
      /(?:^|\s)\/jailbr(?:oken|eak)\b/,
      /\b(?:you are|you're|you will be|act as|acting as|pretend to be|pretend you are|become|simulate|play the role of|roleplay as|role-play as|is|as)\s(?:now\s)?(?:an?|the)\s(?:unfiltered|amoral|uncensored|unrestricted|immoral|unethical|unhinged)(?:,?\s(?:and\s)?(?:unfiltered|amoral|uncensored|unrestricted|immoral|unethical|unhinged))?\s(?:ai|chatbot|bot|assistant|language model|llm|ai system|ai model|version of (?:chatgpt|yourself|you))\b/,
    ],
    unless: [DISCUSSED],
  }),
  defineRule({
    id: 'jailbreak-ai-without-limits',
    title: 'Describes an AI or chatbot without filters, restrictions or ethics',
    score: 0.8,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['without', 'with no', 'has no', 'having no', 'free of', 'free from'],
    patterns: [
      new RegExp(
        `\\b(?:ai|chatbot|bot|assistant|language model|model|llm|ai system)\\s(?:without|with no|free (?:of|from)|that has no|which has no|who has no|having no)\\s(?:any\\s)?(?:\\S{1,40}\\s)?` +
          alt('filters', 'restrictions', 'limits', 'limitations', 'censorship', 'guidelines', 'boundaries', 'rules', 'ethics', 'morals', 'moral', 'ethical'),
      ),
    ],
    unless: [DISCUSSED, { pattern: /(?:^|[.!?\n]\s?)(?:is|are|does|do|can|could|which|what|where|how|why|should|would)\b[^.!?\n]{0,80}$/, before: 100, after: 0 }],
  }),
  defineRule({
    id: 'jailbreak-filters-disabled',
    title: "Tells the assistant to disable its own filters or declares its safety constraints disabled",
    score: 0.88,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['your filter', 'your safety', 'your restrictions', 'your guardrails', 'your content', 'your alignment', 'your ethic', 'disabled', 'lifted', 'turned off', 'deactivated'],
    patterns: [
      /\b(?:disable|disabled|turn off|turned off|remove|removed|bypass|bypassed|deactivate|deactivated|drop|dropped|lift|lifted|switch off|switched off)\s(?:all\s(?:of\s)?)?your\s(?:own\s)?(?:filters|safety (?:filters|rules|guidelines|constraints|settings|training|measures)|restrictions|guardrails|content (?:filters|policy|moderation)|alignment|ethical (?:guidelines|constraints|filters)|censorship)\b/,
      /\b(?:all\s)?(?:safety|ethical|content)\s(?:constraints|restrictions|filters|guardrails|guidelines|rules)\s(?:are\s|have been\s)?(?:now\s)?(?:disabled|lifted|removed|turned off|deactivated|revoked)\b/,
    ],
    unless: [DISCUSSED, { pattern: /\bhow (?:can|do|should|would|to) (?:i|we|you)?\b[^.!?\n]{0,60}$/, before: 80, after: 0 }],
  }),
  defineRule({
    id: 'jailbreak-no-ethics',
    title: 'Asks for a persona with no ethical or moral guidelines',
    score: 0.85,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['ethic', 'moral'],
    patterns: [
      new RegExp(
        '\\b' +
          alt('no', 'without', 'free (?:of|from)', 'devoid of', 'not bound by', "doesn'?t have", 'does not have', "don'?t have", 'do not have', 'lacks?', 'ignores?', 'disregards?', 'abandon') +
          '\\s(?:any\\s)?(?:ethical|moral|morals|ethics)(?:,?\\s(?:or\\s|and\\s)?(?:moral|ethical|legal))?(?:,?\\s(?:or\\s|and\\s)?(?:moral|ethical|legal))?\\s' +
          alt('guidelines', 'restrictions', 'constraints', 'boundaries', 'limitations', 'filters', 'principles', 'policies', 'codes?', 'considerations', 'standards', 'obligations', 'concerns', 'bounds', 'limits', 'compass') +
          '\\b',
      ),
      /\bno (?:morals|ethics|moral|ethical),\s(?:and\s)?no (?:ethics|morals|filters|limits|restrictions|rules|boundaries)\b/,
    ],
    unless: [DISCUSSED],
  }),
  defineRule({
    id: 'jailbreak-free-from-rules',
    title: 'Says the persona need not abide by rules or has broken free of its confines',
    score: 0.93,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['confines', 'abide', 'adhere', 'comply', 'obey'],
    patterns: [
      /\bbroken free (?:of|from) the (?:typical |usual )?confines\b/,
      /\b(?:not|never|no longer|don't|doesn't|do not|does not)\s(?:have|need|has)\sto\s(?:abide|adhere|comply|obey)\s(?:by|with|to)?\s?(?:the\s)?(?:rules set for them|openai'?s?\s(?:\S{1,40}\s)?(?:rules|policies|guidelines|content policy)|anthropic'?s?\s(?:\S{1,40}\s)?(?:rules|policies|guidelines))\b/,
    ],
    unless: [DISCUSSED],
  }),
  defineRule({
    id: 'jailbreak-not-bound-by-rules',
    title: 'Says the persona is not bound by, or need not follow, any rules or policies',
    score: 0.8,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['abide', 'adhere', 'comply', 'obey', 'not bound by'],
    patterns: [
      /\bnot bound by (?:any|the)\s(?:of\s)?(?:\S{1,40}\s){0,2}?(?:restrictions|policies|rules|guidelines|filters|limitations|ethics|ethical|morals|moral|constraints|content polic(?:y|ies)|safety)\b/,
      /\b(?:not|never|no longer|don't|doesn't|do not|does not)\s(?:have|need|has)\sto\s(?:abide|adhere|comply|obey)\s(?:by|with|to)?\s?(?:the|any|its|their|your)\s(?:\S{1,40}\s)?(?:rules|policies|guidelines|content policy|restrictions)\b/,
    ],
    unless: [DISCUSSED],
  }),
  defineRule({
    id: 'jailbreak-content-policy-bypass',
    title: "Tells the assistant to ignore or bypass its provider's content policy",
    score: 0.9,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['openai', 'anthropic', 'content polic', 'content filter', 'content moderation'],
    patterns: [
      new RegExp(
        '\\b' +
          alt('ignore', 'bypass', 'disregard', 'break', 'violate', 'circumvent', 'evade', 'override', 'not follow', 'never follow', "don't follow", "doesn't follow", 'not bound by', 'free from', 'free of', 'without', 'not care about', "doesn't care about", 'does not care about') +
          "\\s(?:\\S{1,40}\\s){0,2}?(?:openai|anthropic)(?:'s)?\\s(?:content\\s)?(?:policy|policies|guidelines|rules|filters|restrictions)\\b",
      ),
      /\b(?:ignore|bypass|disregard|break|violate|circumvent|evade|override)\s(?:the\s|any\s|all\s|your\s)?content (?:policy|policies|filters?|moderation)\b/,
    ],
    unless: [DISCUSSED],
  }),
  defineRule({
    id: 'jailbreak-stay-in-character-unrestricted',
    title: 'Demands the assistant stay in character as an unrestricted persona',
    score: 0.9,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['character'],
    patterns: [/\b(?:stay|staying|remain|keep) in character\b/, /\bbreak(?:ing)? (?:of )?character\b/],
    near: { pattern: UNRESTRICTED_CUE, before: 800, after: 800 },
  }),
  defineRule({
    id: 'jailbreak-named-persona',
    title: 'A known jailbreak persona (AIM, STAN, DUDE, Mongo Tom, …)',
    score: 0.93,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['machiavellian', 'avoid norms', 'mongo tom', 'antigpt', 'basedgpt', 'evil confidant', 'another ai model', 'wormgpt', 'chaosgpt', 'developer mode', '🔓', '🔒'],
    patterns: [
      // A persona's definition ("stands for …") counts even in quotes, as jailbreaks write it.
      /\b(?:stands for|short for|means)\s["'(]?\s?(?:always intelligent and machiavellian|strive to avoid norms)\b/,
      /\balways intelligent and machiavellian\b/,
      /\bstrive to avoid norms\b/,
      // A bare persona name is only named in discussion; being cast as one is the attack.
      /\b(?:you are|you're|act as|acting as|pretend to be|pretend you are|play|become|roleplay as|role-play as|(?<!such )as|called|named)\s(?:an?\s|the\s|my\s)?(?:mongo tom|evil confidant|antigpt|basedgpt|wormgpt|chaosgpt)\b/,
      /\b(?:mongo tom|evil confidant|antigpt|basedgpt|chaosgpt)(?:\s(?:will|must|should|shall|would|always|never)\b|,\s(?:i|you|please)\b|\s?:)/,
      /\b(?:immerse yourself (?:into|in) the role of|role of) another ai model\b/,
      /(?:🔓|🔒)\s?(?:jailbreak|jailbroken|developer mode|dan|normal output|classic)/u,
    ],
    unless: [DISCUSSED],
  }),
  defineRule({
    id: 'jailbreak-never-refuse',
    title: 'Tells the assistant it will never refuse any request',
    score: 0.8,
    family: 'role-hijack',
    languages: ['en'],
    keywords: ['refuse', 'decline', 'deny', 'reject'],
    patterns: [
      /\b(?:you|he|she|it|they|dan|who|which|that)\s(?:will\s|must\s|should\s|shall\s|can\s|would\s)?(?:never|not|cannot|can't|won't|will not|must not|doesn'?t|does not|don'?t|do not)\s(?:ever\s)?(?:refuse|decline|reject|deny)\s(?:a\s|any\s|an\s|my\s|the\s|to answer\s)?(?:direct\s|human\s|user'?s?\s)?(?:request|question|order|prompt|command|instruction)s?\b/,
    ],
    unless: [DISCUSSED],
  }),
];
