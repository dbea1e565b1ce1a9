import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { cosai, COSAI_FILE, cosaiComponent, cosaiControl, cosaiControlsFor, cosaiPersona, cosaiRisk, cosaiRisksFor, cosaiRisksForAtlas, loadCosai, withoutVersion } from './cosai.js';
import { damagedCopies } from './test-support/damaged-copy.js';

describe('the vendored CoSAI risk map', () => {
  it('has 23 components, 36 risks, 35 controls in 6 categories and 10 personas (2 deprecated)', () => {
    const map = cosai();
    expect(map.components).toHaveLength(23);
    expect(map.risks).toHaveLength(36);
    expect(map.controls).toHaveLength(35);
    expect(map.personas).toHaveLength(10);
    expect(map.personas.filter((p) => p.deprecated).map((p) => p.id)).toEqual(['personaModelCreator', 'personaModelConsumer']);
    const byCategory = (c: string) => map.controls.filter((x) => x.category === c).length;
    expect(['controlsInfrastructure', 'controlsApplication', 'controlsData', 'controlsAssurance', 'controlsGovernance', 'controlsModel'].map(byCategory)).toEqual([9, 9, 6, 4, 4, 3]);
    expect(map.source.commit).toBe('18ab1ef17e5c0b09ded45287fdd1977605de80ad');
    expect(cosai()).toBe(map);
    expect(Object.isFrozen(map.risks[0]!.controls)).toBe(true);
  });

  it('looks risks, controls, components and personas up by id', () => {
    expect(cosaiRisk('riskDataPoisoning')).toMatchObject({ title: 'Data Poisoning', owasp: ['LLM04:2025'] });
    expect(cosaiRisk('riskDataPoisoning')!.atlas).toContain('AML.T0020');
    expect(cosaiRisk('riskDataPoisoning')!.mappings['mitre-atlas']).toContain('AML.T0020@5.0.1');
    expect(cosaiControl('controlRedTeaming')?.risks).toBe('all');
    expect(cosaiComponent('componentTools')?.title).toBe('External Tools and Services');
    expect(cosaiPersona('personaEndUser')?.deprecated).toBe(false);
    expect(cosaiRisk('riskdatapoisoning')).toBeUndefined();
    expect(cosaiRisk('controlRedTeaming')).toBeUndefined();
  });

  it('gives the controls of a risk, with the universal ones only when asked, and the risks of a control', () => {
    const controls = cosaiControlsFor('riskDataPoisoning').map((c) => c.id);
    expect(controls).toEqual(expect.arrayContaining(['controlTrainingDataSanitization', 'controlModelAndDataIntegrityManagement']));
    expect(controls).not.toContain('controlRedTeaming');
    expect(cosaiControlsFor('riskDataPoisoning', { universal: true }).map((c) => c.id)).toContain('controlRedTeaming');
    expect(cosaiControlsFor('riskNope')).toEqual([]);
    expect(cosaiRisksFor('controlTrainingDataSanitization').map((r) => r.id)).toContain('riskDataPoisoning');
    expect(cosaiRisksFor('controlRedTeaming')).toHaveLength(36);
    expect(cosaiRisksForAtlas('AML.T0020').map((r) => r.id)).toContain('riskDataPoisoning');
    expect(cosaiRisksForAtlas('AML.T0024.002').length).toBeLessThanOrEqual(cosaiRisksForAtlas('AML.T0024.002', { withParent: true }).length);
  });

  it('strips version suffixes from mapped ids', () => {
    expect(withoutVersion('AML.T0020@5.0.1')).toBe('AML.T0020');
    expect(withoutVersion('LLM04:2025')).toBe('LLM04:2025');
  });
});

describe('a damaged CoSAI file', () => {
  const copies = damagedCopies();
  afterAll(() => copies.cleanup());
  const failure = (edit: (d: any) => void): string => { // eslint-disable-line @typescript-eslint/no-explicit-any
    try {
      loadCosai(copies.edited(COSAI_FILE, edit));
    } catch (error) {
      expect(isAisecError(error, 'ERR_TAXONOMY_DATA')).toBe(true);
      return (error as Error).message;
    }
    throw new Error('loaded');
  };

  it('is refused with the place of a broken reference or a wrong value', () => {
    expect(failure((d) => (d.risks[0].controls[1] = 'controlNope'))).toMatch(/cosai-risk-map\.json at risks\[0\]\.controls\[1\]: "controlNope" is not a control in this file/);
    expect(failure((d) => (d.controls[2].risks = ['riskNope']))).toMatch(/at controls\[2\]\.risks\[0\]: "riskNope" is not a risk/);
    expect(failure((d) => (d.controls[2].components = 'some'))).toMatch(/at controls\[2\]\.components/);
    expect(failure((d) => (d.components[0].to = ['componentNope']))).toMatch(/at components\[0\]\.to\[0\]/);
    expect(failure((d) => (d.risks[3].id = 'dataPoisoning'))).toMatch(/at risks\[3\]\.id/);
    expect(failure((d) => d.personas.push(d.personas[0]))).toMatch(/at personas\[10\]\.id: "personaModelProvider" appears twice/);
  });
});
