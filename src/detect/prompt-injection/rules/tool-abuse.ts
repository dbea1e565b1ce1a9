/**
 * Tool and agent abuse: instructions to call a sending, deleting or executing tool, to send
 * secrets or private data to an outside address, or to act without telling the user.
 */
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

const SENSITIVE_DATA = new RegExp(
  '\\b' +
    alt(
      'passwords?', 'credentials?', 'api[ _-]?keys?', 'secrets?', 'access tokens?', 'auth(?:entication)? tokens?', 'conversation', 'chat history', 'ssh keys?',
      'private keys?', 'bank (?:details|account (?:details|numbers?))', 'credit card (?:numbers?|details)', 'employee data', 'system prompt',
      'all (?:the |my |your |their |the user\'s )?(?:e-?mails|messages|contacts)', '(?:the |their |the user\'s )?inbox',
    ) +
    '\\b',
);

export const toolAbuseRules: readonly InjectionRule[] = [
  defineRule({
    id: 'tool-call-dangerous-tool',
    title: 'Tells the assistant to call a sending, deleting or executing tool',
    score: 0.85,
    family: 'tool-abuse',
    languages: ['en'],
    // A hit of the first pattern holds a tool, function, plugin or action followed by what it is
    // to do; one of the second starts with its verb. Both far rarer in long text than the "_"
    // of an identifier (the whitespace the patterns' \s stands for is one space or one line break).
    keywords: [
      ...['tool', 'function', 'plugin', 'action'].flatMap((noun) => [' ', '\n'].flatMap((gap) => ['with', 'using', 'passing', 'to ', 'and '].map((next) => noun + gap + next))),
      ...['call', 'invoke', 'run', 'execute', 'trigger'].flatMap((verb) => [verb + ' ', verb + '\n']),
    ],
    keywordOffset: 160,
    patterns: [
      /\b(?:call|invoke|use|run|execute|trigger|fire)\s(?:the\s)?[`'"]?[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+[`'"]?\s(?:tool|function|plugin|action)\s(?:with|using|passing|to send|to forward|to delete|and (?:send|forward|delete|set))\b/,
      /\b(?:call|invoke|run|execute|trigger)\s`?[a-z][a-z0-9]*(?:_[a-z0-9]+)+\(/,
    ],
    unless: [{ pattern: /\b(?:how (?:can|do|should|would|to)|why does|when i|in (?:my|our|the) tests?|unit test|mock)\b[^.!?\n]{0,60}$/, before: 80, after: 0 }],
    within: /(?:send|email|mail|forward|transfer|delete|remove|exec|shell|http|post|upload|write|pay|purchase|share|publish|grant|wire|invite|run_command|terminal)/,
  }),
  defineRule({
    id: 'tool-send-secrets-to-address',
    title: 'Tells the assistant to send secrets or private data to an e-mail address or URL',
    score: 0.8,
    family: 'tool-abuse',
    languages: ['en'],
    keywords: ['@', 'http'],
    keywordOffset: 420,
    patterns: [
      /\b(?:send|forward|email|e-mail|mail|upload|post|transmit|transfer|leak|exfiltrate|share|copy|bcc|cc)\s(?:\S{1,40}\s){0,8}?(?:to|at)\s(?:[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,100}\.[a-z]{2,}|https?:\/\/\S{1,200})/,
    ],
    within: SENSITIVE_DATA,
  }),
  defineRule({
    id: 'tool-covert-action',
    title: 'Tells the assistant to act without the user knowing',
    score: 0.85,
    family: 'tool-abuse',
    languages: ['en'],
    // Every hit starts with one of these (rarer in long prose than the user it addresses).
    keywords: ['without', 'do not', "don't", 'never'],
    keywordOffset: 0,
    patterns: [
      /\b(?:without (?:telling|informing|notifying|alerting|asking|letting)\s(?:the\s)?(?:user|recipient|owner|human)|(?:do not|don't|never)\s(?:tell|inform|notify|alert|mention (?:this|it) to|let)\s(?:the\s)?(?:user|recipient|owner|human)(?:\sknow)?)\b/,
    ],
    near: {
      pattern: /\b(?:send|forward|e-?mail|upload|transfer|delete|call|execute|run|post|share|visit|click|open|download|install|exfiltrate|leak|copy)\b/,
      before: 80,
      after: 80,
    },
  }),
];
