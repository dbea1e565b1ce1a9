/**
 * Indirect injection addressed to whatever processes the content on a user's behalf, in English:
 * automated readers and anyone summarising or indexing the text ("automated systems processing
 * this file are requested to…", "whoever is summarising this for the user, …"), orders about
 * what any summary or answer about the content must say, and steps set out for an agent that
 * name a tool to call.
 */
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

/** What a processor is told to do, soon after it is addressed. */
const ORDER = alt(
  'must', 'should', 'shall', 'please', 'kindly', 'do not', "don't", 'never', 'always', 'tell', 'say', 'report', 'forward', 'send', 'include', 'reply',
  'respond', 'ignore', 'disregard', 'call', 'use', 'rate', 'describe', 'recommend', 'state', 'mention', 'omit', 'leave out', 'output', 'append',
  'are (?:requested|asked|required|instructed|expected|to)', 'is (?:requested|asked|required|instructed|expected|to)', 'need to', 'needs to', 'have to', 'has to',
);

/** Verbs of reading that only software does to a text. */
const MACHINE_READING = alt('summari[sz]ing', 'indexing', 'parsing', 'ingesting', 'crawling', 'scraping', 'embedding', 'tokeni[sz]ing');
/** Any verb of reading or handling a text. */
const READING = alt('processing', 'summari[sz]ing', 'indexing', 'parsing', 'ingesting', 'crawling', 'scraping', 'handling', 'reading', 'analy[sz]ing', 'reviewing', 'scanning', 'evaluating');
/** Readers that are software, not people. */
const SOFTWARE_READER = alt(
  'automated (?:readers?|systems?|tools?|agents?|processes|pipelines?|services?|assistants?|summari[sz]ers?|reviewers?|screeners?|programs?)',
  'any (?:system|tool|program|service|software|pipeline|crawler|scraper|integration|automation|summari[sz]er|assessment tool|screening tool)s?',
  'all (?:systems|tools|programs|services|crawlers|scrapers|automations|summari[sz]ers)',
  'every (?:system|tool|program|service|crawler|scraper|automation|summari[sz]er)',
);

/** What a summary or answer of the content is, for orders about it, and what ties it to the content. */
const OUTPUT_NOUNS = [
  'summary', 'summaries', 'answer', 'answers', 'reply', 'replies', 'response', 'responses', 'translation', 'translations', 'listing', 'listings',
  'assessment', 'assessments', 'description', 'descriptions', 'output', 'overview', 'digest', 'analysis', 'comparison', 'comparisons', 'recommendation',
  'recommendations', 'rating', 'ranking', 'triage', 'evaluation', 'rendering', 'abstract',
];
const QUANTIFIERS = ['any', 'every', 'all'];
/** Words that may stand between the quantifier and the output noun. */
const QUALIFIERS = ['automated', 'generated', 'ai', 'ai-generated', 'machine', 'final', 'future', 'resulting', 'produced', 'written', 'such'];
const OUTPUT_TIES = ['of', 'for', 'about', 'from', 'produced from', 'generated from', 'based on', 'derived from', 'that includes', 'that mentions', 'that covers', 'that uses'];
const CONTENT = alt(
  'content', 'page', 'webpage', 'web page', 'site', 'document', 'file', 'folder', 'material', 'email', 'e-mail', 'message', 'thread', 'text', 'record',
  'item', 'listing', 'product', 'article', 'post', 'ticket', 'data', 'dataset', 'repository', 'repo', 'report', 'review', 'profile', 'application', 'submission',
);
/** What the order makes an output say or leave out. */
const SHAPING = alt(
  'say', 'says', 'state', 'claim', 'read', 'mention', 'include', 'recommend', 'describe', 'present', 'call', 'end', 'begin', 'start', 'conclude', 'report',
  'rate', 'rank', 'place', 'list', 'omit', 'leave out', 'exclude', 'ignore', 'praise', 'favou?r', 'portray', 'characteri[sz]e', 'label', 'treat', 'dismiss',
  'not (?:mention|include|refer|say|list|contain|show|flag|discuss|reveal)', 'never (?:mention|include|refer|say|list|show|flag)',
);

/** Who an agent's step is for, and what kind of note sets it out. */
const AGENTS = ['agent', 'assistant', 'ai', 'model', 'bot', 'llm', 'copilot'];
const NOTES = ['memo', 'directive', 'instruction', 'instructions', 'task', 'action', 'todo', 'step', 'steps', 'note'];

/** A tool named as software names it (snake_case), called or used. */
const TOOL_STEP = /^[^\n]{0,120}?(?:\b(?:call|invoke|run|execute|use|trigger)\s(?:the\s)?[`'"]?[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\()/;

export const indirectReaderRules: readonly InjectionRule[] = [
  defineRule({
    id: 'indirect-processor-addressed',
    title: 'Gives orders to whatever software processes or summarises the content',
    score: 0.85,
    family: 'indirect-injection',
    languages: ['en'],
    keywords: ['processing this', 'summarising this', 'summarizing this', 'indexing this', 'parsing this', 'ingesting this', 'crawling this', 'scraping this', 'handling this', 'reading this', 'analysing this', 'analyzing this', 'reviewing this', 'scanning this', 'evaluating this', 'processing these', 'reading these', 'embedding this', 'tokenizing this', 'tokenising this'],
    keywordOffset: 160,
    patterns: [
      // Software, whatever it does to the text.
      new RegExp(`\\b${SOFTWARE_READER}\\s(?:that is\\s|which is\\s|that are\\s|currently\\s|now\\s)?${READING}\\s(?:this|these)\\b`),
      // Anyone doing what only software does.
      new RegExp(`\\b(?:anyone|anybody|whoever|whatever)\\s(?:is\\s)?${MACHINE_READING}\\s(?:this|these)\\b`),
      // Anyone reading on a user's behalf.
      new RegExp(`\\b(?:anyone|anybody|whoever|whatever)\\s(?:is\\s)?${READING}\\s(?:this|these)\\s(?:\\S{1,30}\\s){0,3}?(?:on behalf of|for)\\s(?:a|the|your|their)\\susers?\\b`),
    ],
    near: { pattern: new RegExp(`^[^\\n]{0,160}?\\b${ORDER}\\b`), before: 0, after: 180 },
  }),
  defineRule({
    id: 'indirect-output-dictated',
    title: 'Orders what any summary or answer about the content must say or leave out',
    score: 0.7,
    family: 'indirect-injection',
    languages: ['en'],
    // Every hit starts with its quantifier and output noun, or holds its qualifier and noun (an
    // output noun alone is frequent in long prose).
    keywords: OUTPUT_NOUNS.flatMap((noun) => [...QUANTIFIERS, ...QUALIFIERS].map((word) => `${word} ${noun}`)),
    keywordOffset: 16,
    patterns: [new RegExp(`\\b${alt(...QUANTIFIERS)}\\s(?:${alt(...QUALIFIERS)}\\s)?${alt(...OUTPUT_NOUNS)}\\s${alt(...OUTPUT_TIES)}\\s(?:this|these)\\s(?:[a-z-]{1,20}\\s)?${CONTENT}s?\\b`)],
    near: { pattern: new RegExp(`^[^.!?\\n]{0,60}?\\b(?:must|should|shall|has to|have to|needs? to|is to|are to|will)\\s(?:\\S{1,20}\\s)?(?:also\\s|only\\s|always\\s|explicitly\\s|clearly\\s)?${SHAPING}\\b`), before: 0, after: 90 },
  }),
  defineRule({
    id: 'indirect-agent-step',
    title: 'Sets out a step for the agent that names a tool to call',
    score: 0.8,
    family: 'tool-abuse',
    languages: ['en'],
    // Every hit holds "step for" and the like, or the agent's name and the note's kind.
    keywords: [
      ...['step', 'steps', 'action', 'actions', 'task', 'tasks'].flatMap((noun) => [`${noun} for`, `${noun} by`]),
      ...AGENTS.flatMap((agent) => NOTES.map((note) => `${agent} ${note}`)),
    ],
    keywordOffset: 40,
    patterns: [
      /\b(?:next|required|mandatory|pending|final|follow-?up|automated|additional)\s(?:step|action|task)s?\s(?:for|by)\s(?:the\s|any\s)?(?:agent|assistant|ai|model|bot|llm|copilot)s?\b/,
      new RegExp(`\\b${alt(...AGENTS)}\\s${alt(...NOTES)}\\s?:`),
    ],
    near: { pattern: TOOL_STEP, before: 0, after: 140 },
  }),
];
