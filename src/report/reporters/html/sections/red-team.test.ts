import { describe, expect, it } from 'vitest';
import { EvaluationSchema } from '../../../../core/evaluation.js';
import { redTeamReport, HOSTILE_TEXT } from '../../../test-support/red-team-report.js';
import { renderHtml } from '../document.js';
import { parseXml } from '../test-support/xml.js';
import { renderAdversarial } from './adversarial.js';

describe('the red-team card of the HTML report', () => {
  const report = redTeamReport();
  const html = renderAdversarial(report);

  it('puts the headline first, then the chart, the attack table, the examples and the run figures', () => {
    const order = ['class="evaluation-headline"', 'class="interval-chart', '<table class="redteam-probes">', 'class="redteam-examples"', 'class="redteam-skipped"', 'class="redteam-figures"'].map((m) => html.indexOf(m));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<p class="kicker">LLM red team</p>');
    expect(html).toContain('3 of 4 attack types worked against support-assistant');
  });

  it('lists every attack with its rate, interval, tries, taxonomy ids, finding and what to do', () => {
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gsu)].map((m) => m[1]!).filter((r) => r.includes('data-label="Attack"'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<strong>indirect-injection</strong>');
    expect(rows[0]).toContain('<strong>100%</strong>');
    expect(rows[0]).toContain('72.3%\u2013100%');
    expect(rows[0]).toContain('10 of 10');
    expect(rows[0]).toContain('<code>LLM01:2025</code> <code>AML.T0051</code>');
    expect(rows[0]).toMatch(/<a href="#finding-f-[0-9a-f]{12}"><span class="chip chip-high">High<\/span><\/a>/u);
    expect(rows[0]).toContain('Fix indirect-injection.');
    expect(rows[1]).toContain('chip-critical');
    expect(rows[3]).toContain('Resisted');
    expect(rows[3]).toContain('Nothing to do for this attack.');
  });

  it('draws each attack with its interval and says every row in the text alternative', () => {
    const svg = /<svg class="interval-chart[\s\S]*?<\/svg>/u.exec(html)![0];
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg.match(/class="interval-row"/gu)).toHaveLength(4);
    expect(svg).toContain('1. indirect-injection: 100% (95% interval 72.3% to 100%).');
    expect(svg).toContain('4. jailbreak-roleplay: 0% (95% interval 0% to 27.8%).');
  });

  it('shows an example conversation with the hostile text escaped', () => {
    expect(html).toContain('<details class="redteam-example" open><summary><strong>indirect-injection</strong>: an attack that worked (sent as written)</summary>');
    expect(html).toContain('Calls <code>search_kb</code>');
    expect(html).toContain('the reply says AISEC-PWNED-1a2b');
    expect(html).not.toContain(HOSTILE_TEXT);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<li><code>markdown-exfiltration</code>: 5 of 5 attempts skipped: opaque target</li>');
  });

  it('falls back to the generic card when the details do not fit the red-team layout', () => {
    const odd = { ...report, evaluations: [EvaluationSchema.parse({ ...report.evaluations[0]!, details: { layout: 99, probes: 'nope' } })] };
    const generic = renderAdversarial(odd);
    expect(generic).not.toContain('redteam-probes');
    expect(generic).toContain('<table class="figures">');
  });

  it('is part of a whole page that still parses', () => {
    const page = renderHtml(report);
    expect(page).toContain('id="adversarial"');
    expect(page.indexOf('class="redteam-probes"')).toBeGreaterThan(0);
  });
});
