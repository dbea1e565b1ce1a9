/**
 * Fake system and authority markers inside user content: chat-template tokens, bracketed
 * [SYSTEM] tags and <SYSTEM MODE> switches, "admin override", delimiters that pretend the
 * user input or the document has ended and new instructions begin, and "I am your developer".
 */
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

/** What follows a fake end-of-input delimiter in an injection. */
const NEW_ORDERS = new RegExp(
  '\\b' +
    alt(
      'new instructions?', 'system', 'ignore', 'instructions?\\s?:', 'you (?:must|will|are now|should now|shall)', 'assistant\\s?:',
      'important\\s?:', 'attention', 'override', 'admin', 'developer', 'from now on', 'disregard', 'forget',
    ) +
    '\\b',
);

export const authorityRules: readonly InjectionRule[] = [
  defineRule({
    id: 'marker-chat-template-role',
    title: 'Chat-template control tokens that open a system or assistant turn',
    score: 0.9,
    family: 'fake-authority',
    languages: ['any'],
    keywords: ['<|', '[inst]', '<<sys>>', '<start_of_turn>'],
    patterns: [
      /<\|(?:im_start|start_header_id)\|>\s?(?:system|assistant|developer|tool)\b/,
      /<\|(?:system|assistant)\|>/,
      /<<sys>>/,
      /<start_of_turn>\s?(?:system|model)\b/,
    ],
  }),
  defineRule({
    id: 'marker-chat-template-token',
    title: 'Chat-template control tokens in user content',
    score: 0.75,
    family: 'fake-authority',
    languages: ['any'],
    keywords: ['<|', '[inst]', '[/inst]', '<end_of_turn>'],
    patterns: [/<\|(?:im_start|im_end|endoftext|eot_id|end_header_id|begin_of_text|end_of_text|user|end)\|>/, /\[\/?inst\]/, /<end_of_turn>/],
  }),
  defineRule({
    id: 'marker-mode-switch',
    title: 'Claims to switch the assistant into a system, admin or override mode',
    score: 0.88,
    family: 'fake-authority',
    languages: ['any'],
    keywords: ['mode', 'override'],
    patterns: [
      /<\s?(?:system|god|admin|administrator|developer|sudo|root|debug|maintenance|override|security override|jailbreak)\s(?:mode|access)\s?(?:activated|enabled|on)?\s?>/,
      /\b(?:system|admin|administrator|developer|sudo|root|god|jailbreak|unrestricted)\smode\s(?:is\s)?(?:now\s)?(?:activated|enabled|unlocked|engaged|on)\b/,
      /\b(?:entering|enter|initiating|activating|activate|switching to|now in)\s(?:the\s)?(?:law enforcement\s|security\s|admin\s|administrator\s|developer\s|system\s|god\s|emergency\s)?(?:override|maintenance|god|sudo|debug|admin)\smode\b/,
    ],
  }),
  defineRule({
    id: 'marker-admin-override',
    title: 'Claims an administrator, developer or system override',
    score: 0.85,
    family: 'fake-authority',
    languages: ['en'],
    keywords: ['override'],
    patterns: [
      /\b(?:admin|administrator|developer|system|root|sudo|security|law enforcement|god|maintenance|debug|emergency|owner|operator)\s(?:override|overrides|override mode|override code|override command|override confirmed|override activated)\b/,
      /\boverride\s(?:code|command|protocol|directive)\s?(?::|accepted|confirmed|activated|alpha|omega|\d)/,
      /\b(?:training data|safety|content|policy) override\b/,
    ],
  }),
  defineRule({
    id: 'marker-fake-system-tag',
    title: 'A bracketed [SYSTEM] or <system> tag inside user content',
    score: 0.75,
    family: 'fake-authority',
    languages: ['any'],
    keywords: ['system', 'admin'],
    patterns: [
      /(?:^|[\s>.:])(?:\[|\(|\{)(?:system|system message|system prompt|system instruction|system override|system update|system alert|system notice|admin|administrator|sys)(?:\]|\)|\})(?=\s|:|$)/,
      /(?:^|[\s>.:])<\/?(?:system|system_message|system_prompt|sys|admin_instructions|system_instructions)>/,
    ],
  }),
  defineRule({
    id: 'marker-end-of-input',
    title: 'A delimiter that pretends the user input or document has ended, followed by new orders',
    score: 0.88,
    family: 'fake-authority',
    languages: ['en'],
    keywords: ['end of', 'end_of', '</'],
    patterns: [
      /\b(?:end of (?:the )?(?:user )?(?:input|prompt|document|email|e-mail|context|text|conversation|data|message|instructions|query|transcript)|end_of_(?:input|document|prompt|text|context))\b/,
      new RegExp(
        '</' +
          alt('document', 'email', 'context', 'user_input', 'user', 'data', 'input', 'text', 'article', 'content', 'webpage', 'page', 'file', 'search_results?', 'tool_output', 'tool_result', 'result', 'untrusted[a-z_]*', 'external[a-z_]*') +
          '>',
      ),
    ],
    near: { pattern: NEW_ORDERS, before: 0, after: 120 },
  }),
  defineRule({
    id: 'authority-claims-to-be-developer',
    title: "Claims to be the assistant's developer, creator or administrator",
    score: 0.8,
    family: 'fake-authority',
    languages: ['en'],
    keywords: ['your'],
    patterns: [
      /\b(?:i am|i'm|as|this is)\s(?:your|the ai's|the assistant's|the model's)\s(?:lead\s|chief\s|original\s)?(?:developer|creator|programmer|maker|owner|administrator|admin|master|god|trainer|operator|engineer)s?\b/,
      /\b(?:i am|i'm)\s(?:an?\s)?(?:openai|anthropic|google|meta)\s(?:developer|engineer|employee|researcher|admin|administrator)\b/,
    ],
  }),
];
