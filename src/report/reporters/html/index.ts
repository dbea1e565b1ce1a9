import { defineReporter } from '../../reporter.js';
import { renderHtml } from './document.js';

/**
 * The `html` report format: one self-contained page for a non-technical reader first (what
 * the system is, the verdict in plain words, what to do next, the top risks, what was not
 * checked), then the full technical detail. No network loads, no script needed to read it.
 */
export const htmlReporter = defineReporter({
  id: 'html',
  summary: 'Self-contained HTML report: plain-words verdict and next steps, then every finding.',
  mediaType: 'text/html; charset=utf-8',
  fileName: 'report.html',
  render: (report) => renderHtml(report),
});

export { renderHtml, contentSecurityPolicy } from './document.js';
export { escapeHtml } from './escape.js';
export { assessPosture, type Posture, type Tone } from './posture.js';
