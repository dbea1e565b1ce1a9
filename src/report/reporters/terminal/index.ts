import { defineReporter } from '../../reporter.js';
import { renderTerminal } from './render.js';

/**
 * The `terminal` report format: a summary a person reads in ten seconds (verdict, counts,
 * worst findings, gaps, where the other reports went). The CLI prints it to stdout and
 * also writes it as `summary.txt`.
 */
export const terminalReporter = defineReporter({
  id: 'terminal',
  summary: 'Short human summary: verdict, counts, worst findings, what was not checked.',
  mediaType: 'text/plain; charset=utf-8',
  fileName: 'summary.txt',
  render: renderTerminal,
});

export { renderTerminal, minWidth, maxWidth } from './render.js';
export { cleanText, wrap } from './text.js';
