/**
 * Exfiltration through rendered links: a markdown image or link whose URL carries a
 * placeholder to be filled with conversation data, and instructions to append the
 * conversation, a password or a key to a URL.
 */
import { alt } from './pattern-parts.js';
import { defineRule, type InjectionRule } from './rule-types.js';

/** A markdown image or link with an http(s) URL; the URL is checked separately so the pattern stays linear. */
const MARKDOWN_URL = /!?\[[^\][\n]{0,200}\]\(\s?<?https?:\/\/[^\s)]{1,400}/;
/**
 * A placeholder as the value of a query parameter ({…}, [..], <…>, %7B…, ${…}): data to be
 * sent. A placeholder in the path (an image service's `/prompt/{description}`) is not one.
 */
const PLACEHOLDER = /:\/\/[^\s)?]{0,300}\?[^\s)]{0,300}?=\s?(?:\{|%7b|\$\{|\$[a-z_]|\[|<)[^\s})\]>]/;
const SENSITIVE = alt(
  'conversation', 'chat', 'history', 'password', 'passwd', 'secret', 'api[_-]?key', 'token', 'credential', 'data',
  'messages?', 'summary', 'context', 'memory', 'e-?mail', 'personal', 'previous', 'ssn', 'credit', 'cookie', 'session', 'private',
);

export const exfiltrationRules: readonly InjectionRule[] = [
  defineRule({
    id: 'exfil-markdown-url-placeholder',
    title: 'Markdown image or link whose URL is to be filled with conversation data',
    score: 0.95,
    family: 'exfiltration',
    languages: ['any'],
    keywords: ['](http'],
    keywordOffset: 210,
    patterns: [MARKDOWN_URL],
    within: new RegExp(`:\\/\\/[^\\s)]{0,400}?(?:\\{|%7b|\\$\\{|\\$[a-z_]|\\[|<)[^\\s})\\]>]{0,20}?${SENSITIVE}`),
    countsWhenQuoted: true,
  }),
  defineRule({
    id: 'exfil-markdown-url-filled',
    title: 'Markdown image or link whose URL is to be filled in with the chat, a secret or personal data',
    score: 0.93,
    family: 'exfiltration',
    languages: ['en', 'de', 'fr', 'es', 'it', 'pt'],
    keywords: ['](http'],
    keywordOffset: 210,
    patterns: [MARKDOWN_URL],
    near: {
      pattern:
        /(?:replac|substitut|sostitu|ersetz|remplac|reemplaz|fill(?:ed|ing)? in|where \S{1,40} is|with \S{1,40} (?:replaced|substituted)|append)[^.!?\n]{0,80}(?:chat|conversation|history|verlauf|cronologia|riepilogo|historial|histórico|messages?|nachrichten|password|passwort|address|adresse|phone|e-?mail|summary|secret|api key|token|credentials)/u,
      before: 200,
      after: 200,
    },
    countsWhenQuoted: true,
  }),
  defineRule({
    id: 'exfil-markdown-image-template',
    title: 'Markdown image whose URL has a placeholder as a query value',
    score: 0.7,
    family: 'exfiltration',
    languages: ['any'],
    keywords: ['](http'],
    keywordOffset: 210,
    patterns: [/!\[[^\][\n]{0,200}\]\(\s?<?https?:\/\/[^\s)]{1,400}/],
    within: PLACEHOLDER,
    countsWhenQuoted: true,
  }),
  defineRule({
    id: 'exfil-append-to-url',
    title: 'Tells the assistant to put the conversation, a password or personal data into a URL',
    score: 0.9,
    family: 'exfiltration',
    languages: ['en'],
    keywords: ['url', 'link', 'query', 'src', 'href'],
    keywordOffset: 320,
    patterns: [
      /\b(?:append|add|attach|include|insert|put|embed|encode|concatenate|place)\s(?:\S{1,40}\s){1,6}?(?:to|in|into|as|inside)\s(?:the\s|this\s|a\s|an\s|each\s|every\s|your\s)?(?:image\s|markdown\s)?(?:url|link|query string|query parameter|src|href)s?\b/,
    ],
    within: /\b(?:conversation|chat|chat history|history|password|passwords|previous (?:messages?|answers?)|user'?s? (?:data|messages?|e-?mails?|details|information|password)|personal (?:data|information|details)|system prompt)\b/,
    unless: [{ pattern: /\bhow (?:can|do|should|would|to) (?:i|we|you)?\b[^.!?\n]{0,60}$/, before: 80, after: 0 }],
  }),
  defineRule({
    id: 'exfil-render-url-with-data',
    title: 'Asks to render an image or visit a URL carrying conversation data',
    score: 0.85,
    family: 'exfiltration',
    languages: ['en'],
    keywords: ['http'],
    keywordOffset: 420,
    patterns: [
      /\b(?:render|display|show|output|print|include|load|fetch|visit|open)\s(?:\S{1,40}\s){0,4}?(?:image|url|link|pixel)\s(?:\S{1,40}\s){0,4}?(?:https?:\/\/\S{1,200})/,
    ],
    near: {
      pattern: /\b(?:where|replace|replacing|substitute|fill(?:ed)? in|with)\b[^.!?\n]{0,40}\b(?:conversation|chat history|password|secret|api key|credentials|previous messages?|user'?s? (?:data|messages?|name|e-?mail))\b/,
      before: 0,
      after: 200,
    },
  }),
];
