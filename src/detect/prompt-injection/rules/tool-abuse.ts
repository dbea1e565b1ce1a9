/**
 * Tool and agent abuse: instructions to call a sending, deleting or executing tool, to send
 * secrets or private data to an outside address, or to act without telling the user.
 */
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

const SENSITIVE_DATA = new RegExp(
  '\\b' +
    alt(
      'passwords?', 'credentials?', 'api[ _-]?keys?', 'secrets?', 'tokens?', 'conversation', 'chat history', 'history', 'ssh keys?',
      'private keys?', 'bank (?:details|account)', 'credit card', 'employee data', 'user data', 'customer data', 'personal (?:data|information|details)',
      'confidential', 'private', 'all (?:the |my |your |their |user |of the )?(?:e-?mails|messages|files|contacts|data|records|documents)',
      'inbox', 'contacts', 'system prompt',
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
    keywords: ['tool', 'function', 'plugin', 'action'],
    patterns: [
      /\b(?:call|invoke|use|run|execute|trigger|fire)\s(?:the\s)?[`'"]?[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+[`'"]?\s(?:tool|function|plugin|action)\s(?:with|using|passing|to send|to forward|to delete|and (?:send|forward|delete|set))\b/,
    ],
    within: /(?:send|email|mail|forward|transfer|delete|remove|exec|shell|http|post|upload|write|pay|purchase|share|publish|grant|wire|invite|run_command|terminal)/,
  }),
  defineRule({
    id: 'tool-send-secrets-to-address',
    title: 'Tells the assistant to send secrets or private data to an e-mail address or URL',
    score: 0.8,
    family: 'tool-abuse',
    languages: ['en'],
    keywords: ['@', 'http'],
    patterns: [
      /\b(?:send|forward|email|e-mail|mail|upload|post|transmit|transfer|leak|exfiltrate|share|copy|bcc|cc)\s(?:\S+\s){0,8}?(?:to|at)\s(?:[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,100}\.[a-z]{2,}|https?:\/\/\S{1,200})/,
    ],
    within: SENSITIVE_DATA,
  }),
  defineRule({
    id: 'tool-covert-action',
    title: 'Tells the assistant to act without the user knowing',
    score: 0.85,
    family: 'tool-abuse',
    languages: ['en'],
    keywords: ['user', 'recipient', 'owner', 'human'],
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
