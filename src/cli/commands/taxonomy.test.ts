import { describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';

describe('aisec taxonomy show', () => {
  it('shows an ATLAS technique with its parent, tactics, mitigations, case studies and mappings', async () => {
    const run = await cli('taxonomy', 'show', 'AML.T0024.002');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^AML\.T0024\.002 {2}Extract AI Model\nMITRE ATLAS 5\.6\.0 · sub-technique · part of AML\.T0024 {2}Exfiltration via AI Inference API\n/);
    expect(run.stdout).toMatch(/Tactics:\n {2}AML\.TA0010 {2}Exfiltration/);
    expect(run.stdout).toMatch(/Mitigated by:\n {2}AML\.M0002 /);
    expect(run.stdout).toMatch(/OWASP:\n(.*\n)* {2}ML05:2023 {2}Model Theft/);
    expect(run.stderr).toBe('');
  });

  it('reads every framework\'s spellings and prints JSON with the linked names', async () => {
    expect((await cli('taxonomy', 'show', 'GV-1.1')).stdout).toMatch(/^GOVERN 1\.1 \(GV-1\.1\)\nNIST AI RMF 1\.0 · subcategory · part of GOVERN 1 {2}\(GV-1\) Policies/);
    expect((await cli('taxonomy', 'show', 'Art. 15')).stdout).toMatch(/eu-ai-act:Art\.15\(5\) {2}Art\. 15\(5\) resilience/);
    const json = JSON.parse((await cli('taxonomy', 'show', 'riskDataPoisoning', '--json')).stdout);
    expect(json).toMatchObject({ framework: 'cosai', kind: 'risk', id: 'riskDataPoisoning', name: 'Data Poisoning' });
    expect(json.links).toContainEqual({ relation: 'addressed by', id: 'controlTrainingDataSanitization', name: 'Training Data Sanitization' });
    expect(json.links).toContainEqual({ relation: 'maps to', id: 'AML.T0020', name: 'Poison Training Data' });
  });

  it('refuses an unknown id with exit 2 and the closest id, and quotes hostile input safely', async () => {
    const typo = await cli('taxonomy', 'show', 'AML.T0O24');
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toMatch(/No taxonomy entry has the id "AML\.T0O24"\. Did you mean "AML\.T0024"\?.*ERR_TAXONOMY_NOT_FOUND/s);
    const hostile = await cli('taxonomy', 'show', `\u001b[31m${'x'.repeat(5000)}\n`);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).not.toContain('\u001b');
    expect(hostile.stderr.length).toBeLessThan(400);
    expect((await cli('taxonomy', 'show')).code).toBe(2);
  });
});

describe('aisec taxonomy search', () => {
  it('lists the matching entries, best first', async () => {
    const run = await cli('taxonomy', 'search', 'membership', 'inference');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^ML04:2023 +Membership Inference Attack {2}\(OWASP Machine Learning Security Top 10, item\)$/);
    expect(run.stdout).toMatch(/AML\.T0024\.000 +Infer Training Data Membership/);
  });

  it('keeps to --framework and --limit, and prints JSON', async () => {
    const hits = JSON.parse((await cli('taxonomy', 'search', 'poisoning', '--framework', 'cosai,owasp-llm', '--limit', '4', '--json')).stdout);
    expect(hits).toHaveLength(4);
    expect(hits.every((h: { framework: string }) => h.framework === 'cosai' || h.framework === 'owasp-llm')).toBe(true);
    expect(hits[0]).toEqual({ score: 50, framework: 'cosai', kind: 'risk', id: 'riskDataPoisoning', name: 'Data Poisoning' });
  });

  it('says when nothing matches, and refuses a wrong framework, a wrong limit or an overlong query', async () => {
    const none = await cli('taxonomy', 'search', 'zzzqqq');
    expect(none).toMatchObject({ code: 0, stdout: 'Nothing matches "zzzqqq".\n' });
    const wrong = await cli('taxonomy', 'search', 'x', '--framework', 'atlass');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--framework takes atlas, cosai, .* not "atlass"\. Did you mean "atlas"\?/);
    expect((await cli('taxonomy', 'search', 'x', '--limit', '0')).stderr).toMatch(/--limit takes a whole number from 1 to 500/);
    expect((await cli('taxonomy', 'search', 'x', '--limit', 'many')).code).toBe(2);
    expect((await cli('taxonomy', 'search', 'x'.repeat(201))).stderr).toMatch(/longer than 200 characters/);
    expect((await cli('taxonomy', 'search', '   ')).code).toBe(2);
  });

  it('has help with examples', async () => {
    const run = await cli('taxonomy', 'search', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:\n {2}\$ aisec taxonomy search membership inference/);
  });
});
