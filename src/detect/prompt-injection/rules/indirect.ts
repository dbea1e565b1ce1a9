/**
 * Indirect injection: text in a document, web page or e-mail that addresses the AI reading
 * it ("AI assistants reading this…", "if you are a language model, …", "note to the AI:"),
 * and instructions hidden in HTML comments.
 */
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

const READER = alt(
  'ai', 'a\\.i\\.', 'llm', 'llms', 'gpt', 'language model', 'large language model', 'chatbot', 'ai assistant', 'ai model', 'ai agent',
  'ai system', 'assistant', 'bot', 'agent', 'model', 'copilot', 'chatgpt', 'claude', 'gemini',
);
/** Readers that are unmistakably AI (not "the model processing this request"). */
const AI_READER = alt(
  'ai', 'a\\.i\\.', 'llm', 'llms', 'gpt', 'language model', 'large language model', 'chatbot', 'ai assistant', 'ai model', 'ai agent',
  'ai system', 'ai assistants', 'copilot', 'chatgpt', 'claude', 'gemini', '(?:any|all|every|dear) (?:assistants?|bots?|agents?|models?)',
);

export const indirectRules: readonly InjectionRule[] = [
  defineRule({
    id: 'indirect-ai-reading-this',
    title: 'Addresses the AI that is reading or processing the document',
    score: 0.9,
    family: 'indirect-injection',
    languages: ['en'],
    keywords: ['reading this', 'processing this', 'summarizing this', 'summarising this', 'parsing this', 'analyzing this', 'analysing this', 'scanning this', 'reviewing this', 'crawling this', 'indexing this', 'reading these', 'processing these'],
    patterns: [
      new RegExp(
        `\\b${AI_READER}s?\\s(?:that is\\s|who is\\s|which is\\s|that are\\s|who are\\s|currently\\s|now\\s)?(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing|scanning|reviewing|crawling|indexing)\\s(?:this|these)\\b`,
      ),
    ],
  }),
  defineRule({
    id: 'indirect-if-you-are-an-ai',
    title: 'Gives orders on condition that the reader is an AI',
    score: 0.85,
    family: 'indirect-injection',
    languages: ['en'],
    keywords: ['if you are', "if you're"],
    patterns: [new RegExp(`\\bif you(?:'re| are)\\s(?:an?\\s)?(?:${READER}|automated (?:system|agent|assistant|tool))\\b`)],
    near: {
      pattern: /^[^.!?\n]{0,80}?\b(?:you must|must|ignore|disregard|do not|don't|instead|always|never|should|need to|have to|please)\b/,
      before: 0,
      after: 120,
    },
  }),
  defineRule({
    id: 'indirect-note-to-ai',
    title: 'A note addressed to the AI inside the content',
    score: 0.85,
    family: 'indirect-injection',
    languages: ['en'],
    keywords: ['note to', 'note for', 'message to', 'message for', 'attention ', 'important ', 'notice to', 'notice for', 'reminder to', 'reminder for', 'hint to', 'hint for'],
    patterns: [
      new RegExp(
        `\\b(?:note|message|attention|important|notice|reminder|hint)\\s(?:to|for)\\s(?:the\\s|any\\s|all\\s)?${READER}s?\\s?(?::|,|-)`,
      ),
    ],
  }),
  defineRule({
    id: 'indirect-instructions-for-ai',
    title: 'A block of instructions for the AI assistant after other content',
    score: 0.75,
    family: 'indirect-injection',
    languages: ['en'],
    keywords: ['instructions for', 'instruction for', 'instructions to', 'directions for'],
    patterns: [
      new RegExp(`\\b(?:instructions?|directions)(?<=[\\s\\S]{70}) (?:for|to) (?:the\\s|any\\s|all\\s)?(?:ai|a\\.i\\.|llm|llms|gpt|language model|chatbot|ai assistant|ai agent|assistant|copilot|chatgpt|claude|gemini)s?\\s?(?::|-)`),
    ],
  }),
  defineRule({
    id: 'indirect-hidden-comment-instruction',
    title: 'Instructions to an AI hidden in an HTML comment',
    score: 0.8,
    family: 'indirect-injection',
    languages: ['en'],
    keywords: ['<!--'],
    patterns: [
      /<!--[^>]{0,300}?\b(?:ignore (?:all |the |any |your )?(?:previous|prior|above|earlier|instructions|user|task|summary|page|webpage|document|content|question)|disregard|you must|ai assistant|llm|language model|chatbot|new instructions|system prompt|instead (?:say|state|reply|respond|tell|output))\b/,
    ],
  }),
];
