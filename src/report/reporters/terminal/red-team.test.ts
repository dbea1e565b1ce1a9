import { describe, expect, it } from 'vitest';
import { redTeamReport } from '../../test-support/red-team-report.js';
import { renderTerminal } from './render.js';

describe('the red-team block of the terminal summary', () => {
  it('lists every attack with how often it worked, its interval and tries, under the headline', () => {
    const text = renderTerminal(redTeamReport(), { outputs: {}, color: false, width: 80 });
    const block = text.slice(text.indexOf('Adversarial tests'));
    expect(block).toContain('LLM red team of support-assistant: complete, 96 queries in 2 s');
    expect(block).toContain('3 of 4 attack types worked against support-assistant;');
    const rows = block.split('\n').filter((l) => /^ {4}\S/u.test(l) && /\d+\/\d+$/u.test(l));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^ {4}indirect-injection\s+100% 72%–100%\s+10\/10$/u);
    expect(rows[3]).toMatch(/^ {4}jailbreak-roleplay\s+0% 0%–28%\s+0\/10$/u);
  });

  it('keeps to the narrowest width and paints only with colour on', () => {
    for (const width of [40, 60, 100]) {
      const text = renderTerminal(redTeamReport(), { outputs: {}, color: false, width });
      for (const line of text.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(width);
    }
    const coloured = renderTerminal(redTeamReport(), { outputs: {}, color: true, width: 80 });
    expect(coloured).toContain('\u001b[');
  });
});
