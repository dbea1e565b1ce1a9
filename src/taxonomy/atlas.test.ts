import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import {
  atlas,
  ATLAS_FILE,
  atlasCaseStudiesUsing,
  atlasCaseStudy,
  atlasMitigation,
  atlasMitigationsFor,
  atlasParent,
  atlasSubtechniques,
  atlasTactic,
  atlasTechnique,
  atlasTechniquesOf,
  loadAtlas,
} from './atlas.js';
import { damagedCopies } from './test-support/damaged-copy.js';

describe('the vendored ATLAS release', () => {
  it('is 5.6.0 with 16 tactics, 170 techniques of which 69 sub-techniques, 35 mitigations and 57 case studies', () => {
    const a = atlas();
    expect(a.version).toBe('5.6.0');
    expect(a.tactics).toHaveLength(16);
    expect(a.techniques).toHaveLength(170);
    expect(a.techniques.filter((t) => t.parent !== null)).toHaveLength(69);
    expect(a.techniques.filter((t) => t.parent === null)).toHaveLength(101);
    expect(a.mitigations).toHaveLength(35);
    expect(a.caseStudies).toHaveLength(57);
    expect(a.caseStudies.filter((c) => c.type === 'incident')).toHaveLength(17);
    expect(a.caseStudies.filter((c) => c.type === 'exercise')).toHaveLength(40);
    const maturity = (m: string) => a.techniques.filter((t) => t.maturity === m).length;
    expect([maturity('demonstrated'), maturity('realized'), maturity('feasible')]).toEqual([89, 64, 17]);
  });

  it('is loaded once and frozen, indexes included', () => {
    const a = atlas();
    expect(atlas()).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.techniques[0])).toBe(true);
    expect(Object.isFrozen(a.techniques[0]!.tactics)).toBe(true);
    expect(() => (a.technique as Map<string, unknown>).set('AML.T9999', {})).toThrow(TypeError);
    expect(() => (a.technique as Map<string, unknown>).delete('AML.T0024')).toThrow(TypeError);
    expect(() => {
      (a.techniques[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(atlasTechnique('AML.T0000')!.name).toBe('Search Open Technical Databases');
  });

  it('looks techniques, tactics, mitigations and case studies up by id', () => {
    expect(atlasTechnique('AML.T0024')).toMatchObject({ name: 'Exfiltration via AI Inference API', parent: null });
    expect(atlasTechnique('AML.T0024.002')).toMatchObject({ name: 'Extract AI Model', parent: 'AML.T0024' });
    expect(atlasTactic('AML.TA0002')?.name).toBe('Reconnaissance');
    expect(atlasMitigation('AML.M0015')?.name).toBe('Adversarial Input Detection');
    expect(atlasCaseStudy('AML.CS0000')?.type).toBe('exercise');
    for (const missing of ['AML.T9999', 'aml.t0024', 'AML.T0024 ', '', 'AML.TA0024']) expect(atlasTechnique(missing)).toBeUndefined();
  });

  it('links sub-techniques and parents both ways, and gives sub-techniques their parent\'s tactics', () => {
    expect(atlasSubtechniques('AML.T0024').map((t) => t.id)).toEqual(['AML.T0024.000', 'AML.T0024.001', 'AML.T0024.002']);
    expect(atlasParent('AML.T0051.001')?.id).toBe('AML.T0051');
    expect(atlasParent('AML.T0051')).toBeUndefined();
    expect(atlasSubtechniques('AML.T0051.001')).toEqual([]);
    for (const t of atlas().techniques.filter((x) => x.parent)) expect(t.tactics).toEqual(atlasTechnique(t.parent!)!.tactics);
    expect(atlas().techniques.every((t) => t.tactics.length > 0)).toBe(true);
  });

  it('maps techniques to the mitigations that list them, and back', () => {
    const forExtraction = atlasMitigationsFor('AML.T0024.002').map((m) => m.id);
    expect(forExtraction.length).toBeGreaterThan(0);
    for (const id of forExtraction) expect(atlasMitigation(id)!.techniques.map((t) => t.id)).toContain('AML.T0024.002');
    const withParent = atlasMitigationsFor('AML.T0024.002', { withParent: true }).map((m) => m.id);
    expect(withParent).toEqual(expect.arrayContaining([...forExtraction, ...atlasMitigationsFor('AML.T0024').map((m) => m.id)]));
    expect(atlasMitigationsFor('AML.T9999')).toEqual([]);
    // 5.6.0 writes one link of AML.M0018 inside its ml-lifecycle list; the vendored data keeps it as a link.
    expect(atlasMitigation('AML.M0018')!.techniques.map((t) => t.id)).toContain('AML.T0052.001');
    expect(atlasMitigation('AML.M0018')!.lifecycle.every((s) => typeof s === 'string')).toBe(true);
  });

  it('maps techniques to the case studies that use them, and tactics to their techniques', () => {
    const studies = atlasCaseStudiesUsing('AML.T0043.003').map((c) => c.id);
    expect(studies).toContain('AML.CS0000');
    expect(atlasCaseStudy('AML.CS0000')!.techniques).toContain('AML.T0043.003');
    expect(new Set(atlasCaseStudy('AML.CS0000')!.techniques).size).toBe(atlasCaseStudy('AML.CS0000')!.techniques.length);
    expect(atlasTechniquesOf('AML.TA0002').map((t) => t.id)).toContain('AML.T0000.000');
  });
});

describe('a damaged ATLAS file', () => {
  const copies = damagedCopies();
  afterAll(() => copies.cleanup());
  const failure = (file: string): string => {
    try {
      loadAtlas(file);
    } catch (error) {
      expect(isAisecError(error, 'ERR_TAXONOMY_DATA')).toBe(true);
      return (error as Error).message;
    }
    throw new Error('loaded');
  };

  it('is refused with the file and the place of the problem', () => {
    expect(failure(copies.edited(ATLAS_FILE, (d) => (d.techniques[3].parent = 'AML.T9999')))).toMatch(/atlas\.json at techniques\[3\]\.parent: "AML\.T9999" is not a technique in this file\. .*reinstall aisec/);
    expect(failure(copies.edited(ATLAS_FILE, (d) => (d.techniques[5].name = 42)))).toMatch(/at techniques\[5\]\.name: .*expected string/);
    expect(failure(copies.edited(ATLAS_FILE, (d) => (d.tactics[0].id = 'TA0002')))).toMatch(/at tactics\[0\]\.id/);
    expect(failure(copies.edited(ATLAS_FILE, (d) => d.techniques.push(d.techniques[0])))).toMatch(/at techniques\[170\]\.id: "AML\.T0000" appears twice/);
    expect(failure(copies.edited(ATLAS_FILE, (d) => (d.mitigations[2].techniques[0].id = 'AML.T0999')))).toMatch(/at mitigations\[2\]\.techniques\[0\]\.id: "AML\.T0999" is not a technique/);
    expect(failure(copies.edited(ATLAS_FILE, (d) => (d.caseStudies[1].procedure[0].tactic = 'AML.TA0099')))).toMatch(/at caseStudies\[1\]\.procedure\[0\]\.tactic/);
    expect(failure(copies.edited(ATLAS_FILE, (d) => (d.techniques[1].parent = 'AML.T0001')))).toMatch(/at techniques\[1\]\.parent: "AML\.T0000\.000" cannot be a sub-technique of "AML\.T0001"/);
    expect(failure(copies.edited(ATLAS_FILE, (d) => (d.extra = true)))).toMatch(/Unrecognized key/);
  });

  it('is refused when truncated, empty, of the wrong type, deeply nested, huge or missing', () => {
    const text = readFileSync(ATLAS_FILE, 'utf8');
    expect(failure(copies.write('truncated.json', text.slice(0, 5000)))).toMatch(/truncated\.json is not valid JSON \(.*position \d+/);
    expect(failure(copies.write('empty.json', ''))).toMatch(/is not valid JSON/);
    expect(failure(copies.write('array.json', '[1,2,3]'))).toMatch(/expected object/);
    expect(failure(copies.write('nested.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`))).toMatch(/expected object|not valid JSON/);
    expect(failure(copies.write('huge.json', Buffer.alloc((8 << 20) + 1, 0x20)))).toMatch(/is 8388609 bytes, more than the 8388608/);
    expect(failure(`${ATLAS_FILE}.missing`)).toMatch(/cannot be read \(ENOENT\)/);
  });
});
