import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworkKeys } from './entry.js';
import { findTaxonomyIds } from './find-ids.js';
import { frameworkEntries, parseTaxonomyId, suggestTaxonomyId, taxonomyEntries, taxonomyEntry, taxonomyIdExists } from './lookup.js';
import { searchTaxonomies } from './search.js';

describe('taxonomyEntry', () => {
  it.each([
    ['AML.T0024', 'atlas', 'technique', 'AML.T0024'],
    ['aml.t0024.002', 'atlas', 'sub-technique', 'AML.T0024.002'],
    ['AML.T0020@5.0.1', 'atlas', 'technique', 'AML.T0020'],
    ['AML.TA0002', 'atlas', 'tactic', 'AML.TA0002'],
    ['AML.M0015', 'atlas', 'mitigation', 'AML.M0015'],
    ['AML.CS0000', 'atlas', 'case-study', 'AML.CS0000'],
    ['atlas:AML.T0051', 'atlas', 'technique', 'AML.T0051'],
    ['riskDataPoisoning', 'cosai', 'risk', 'riskDataPoisoning'],
    ['controlRedTeaming', 'cosai', 'control', 'controlRedTeaming'],
    ['componentTools', 'cosai', 'component', 'componentTools'],
    ['personaEndUser', 'cosai', 'persona', 'personaEndUser'],
    ['LLM01:2025', 'owasp-llm', 'item', 'LLM01:2025'],
    ['ML04', 'owasp-ml', 'item', 'ML04:2023'],
    ['ASI06', 'owasp-agentic', 'item', 'ASI06'],
    ['GOVERN', 'nist-ai-rmf', 'function', 'GOVERN'],
    ['MP-2', 'nist-ai-rmf', 'category', 'MAP 2'],
    ['GV-1.1', 'nist-ai-rmf', 'subcategory', 'GOVERN 1.1'],
    ['MEASURE-2.7@1.0', 'nist-ai-rmf', 'subcategory', 'MEASURE 2.7'],
    ['CONFABULATION', 'nist-600-1', 'risk', 'nist-600-1:CONFABULATION'],
    ['nist-600-1:value_chain', 'nist-600-1', 'risk', 'nist-600-1:VALUE_CHAIN'],
    ['A.6', 'iso-42001', 'objective', 'iso-42001:A.6'],
    ['iso-42001:A.6.2.4', 'iso-42001', 'control', 'iso-42001:A.6.2.4'],
    ['Art. 9', 'eu-ai-act', 'article', 'eu-ai-act:Art.9'],
    ['eu-ai-act:Art.15(5)', 'eu-ai-act', 'paragraph', 'eu-ai-act:Art.15(5)'],
  ])('%s is the %s %s %s', (id, framework, kind, canonical) => {
    expect(taxonomyEntry(id)).toMatchObject({ framework, kind, id: canonical });
  });

  it('finds nothing for ids that do not exist or have no known shape', () => {
    for (const id of ['AML.T9999', 'AML.T0024.999', 'LLM11:2025', 'LLM01:2023', 'ML11', 'ASI11', 'riskNope', 'GOVERN 9.9', 'A.11.2', 'Art. 5', 'HALLUCINATION', 'T1059', '', ' ', 'x'.repeat(1000), 'atlas:LLM01:2025', 'owasp-ml:AML.T0024']) {
      expect(taxonomyEntry(id), id).toBeUndefined();
      expect(taxonomyIdExists(id)).toBe(false);
    }
  });

  it('finds every entry by its own canonical id, and every id once', () => {
    const all = taxonomyEntries();
    for (const e of all) expect(taxonomyEntry(e.id), e.id).toBe(e);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(frameworkEntries('atlas').size).toBe(16 + 170 + 35 + 57);
    expect(frameworkEntries('nist-ai-rmf').size).toBe(4 + 19 + 72);
  });

  it('links entries only to ids that exist, and parents and children agree', () => {
    for (const e of taxonomyEntries()) {
      for (const link of e.links) expect(taxonomyEntry(link.id), `${e.id} ${link.relation} ${link.id}`).toBeDefined();
      for (const child of e.children) expect(taxonomyEntry(child)?.parent === e.id || e.kind === 'tactic', `${e.id} → ${child}`).toBe(true);
      if (e.parent !== null) expect(taxonomyEntry(e.parent)!.children).toContain(e.id);
    }
  });

  it('links ATLAS techniques to mitigations, case studies, OWASP items and CoSAI risks, and CoSAI risks to controls', () => {
    const links = (id: string, relation: string) => taxonomyEntry(id)!.links.filter((l) => l.relation === relation).map((l) => l.id);
    expect(links('AML.T0020', 'mitigated by').length).toBeGreaterThan(0);
    expect(links('AML.T0020', 'OWASP item')).toEqual(expect.arrayContaining(['LLM04:2025', 'ML02:2023']));
    expect(links('AML.T0020', 'CoSAI')).toContain('riskDataPoisoning');
    expect(links('riskDataPoisoning', 'addressed by')).toContain('controlTrainingDataSanitization');
    expect(links('riskDataPoisoning', 'maps to')).toEqual(expect.arrayContaining(['AML.T0020', 'LLM04:2025']));
    expect(links('LLM04:2025', 'maps to')).toContain('AML.T0020');
    expect(links('LLM04:2025', 'CoSAI')).toContain('riskDataPoisoning');
    expect(links('AML.CS0000', 'uses')).toContain('AML.T0043.003');
  });

  it('suggests the closest existing id for a typo', () => {
    expect(suggestTaxonomyId('AML.T0O24')).toBe('AML.T0024');
    expect(suggestTaxonomyId('riskDataPoisonning')).toBe('riskDataPoisoning');
    expect(suggestTaxonomyId('LLM11:2025')).toBe('LLM01:2025');
    expect(suggestTaxonomyId('completely unrelated words')).toBeUndefined();
  });

  it('never throws on arbitrary input, and what it parses it parses the same way twice', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...frameworkKeys).chain((k) => fc.string({ maxLength: 40 }).map((s) => `${k}:${s}`))), (raw) => {
        const ref = parseTaxonomyId(raw);
        if (ref) {
          expect(frameworkKeys).toContain(ref.framework);
          expect(parseTaxonomyId(ref.id)?.id ?? ref.id).toBe(ref.id);
        }
        expect(() => taxonomyEntry(raw)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('searchTaxonomies', () => {
  it('finds entries by words in their name first, then in their description', () => {
    const hits = searchTaxonomies('membership inference');
    expect(hits[0]!.entry.id).toBe('ML04:2023');
    expect(hits.map((h) => h.entry.id)).toEqual(expect.arrayContaining(['AML.T0024.000']));
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('puts the entry of an exact id first and keeps to the frameworks asked for', () => {
    expect(searchTaxonomies('AML.T0051')[0]).toMatchObject({ score: 100, entry: { id: 'AML.T0051' } });
    const cosaiOnly = searchTaxonomies('poisoning', { frameworks: ['cosai'] });
    expect(cosaiOnly.length).toBeGreaterThan(0);
    expect(cosaiOnly.every((h) => h.entry.framework === 'cosai')).toBe(true);
    expect(cosaiOnly[0]!.entry.id).toBe('riskDataPoisoning');
  });

  it('ignores case and accents, respects the limit, and finds nothing for nonsense or an empty query', () => {
    expect(searchTaxonomies('PRÓMPT injection').length).toBeGreaterThan(0);
    expect(searchTaxonomies('prompt', { limit: 3 })).toHaveLength(3);
    expect(searchTaxonomies('prompt', { limit: 0 })).toEqual([]);
    expect(searchTaxonomies('zzzqqqxxx')).toEqual([]);
    expect(searchTaxonomies('   ')).toEqual([]);
    expect(searchTaxonomies('!!! ???')).toEqual([]);
  });

  it('never throws on arbitrary queries and stays within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 50 }), (q, limit) => {
        expect(searchTaxonomies(q, { limit }).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findTaxonomyIds', () => {
  it('finds every shape, each where it is written', () => {
    const text = [
      "tags: { atlas: ['AML.T0010', 'AML.M0015'], owasp: ['LLM03:2025', 'ML06'], cosai: ['riskDataPoisoning'] },",
      'Rolls up to GV-1.1 and MEASURE 2.7, iso-42001:A.6.2.4 and eu-ai-act:Art.15(5).',
      'ISO/IEC 42001 A.7.4 and the EU AI Act Art. 15; nist-600-1:CONFABULATION; ASI01.',
    ].join('\n');
    expect(findTaxonomyIds(text).map((f) => [f.line, f.framework, f.id])).toEqual([
      [1, 'atlas', 'AML.T0010'],
      [1, 'atlas', 'AML.M0015'],
      [1, 'owasp-llm', 'LLM03:2025'],
      [1, 'owasp-ml', 'ML06:2023'],
      [1, 'cosai', 'riskDataPoisoning'],
      [2, 'nist-ai-rmf', 'GOVERN 1.1'],
      [2, 'nist-ai-rmf', 'MEASURE 2.7'],
      [2, 'iso-42001', 'iso-42001:A.6.2.4'],
      [2, 'eu-ai-act', 'eu-ai-act:Art.15(5)'],
      [3, 'iso-42001', 'iso-42001:A.7.4'],
      [3, 'eu-ai-act', 'eu-ai-act:Art.15'],
      [3, 'nist-600-1', 'nist-600-1:CONFABULATION'],
      [3, 'owasp-agentic', 'ASI01'],
    ]);
  });

  it('reports misspelt and unknown ids as written so that they fail a lookup', () => {
    const found = findTaxonomyIds('AML.T9999 LLM01:2023 ML11 iso-42001:B.1 eu-ai-act:Section 3 GOVERN 9.1');
    expect(found.map((f) => f.id)).toEqual(['AML.T9999', 'LLM01:2023', 'ML11:2023', 'iso-42001:B.1', 'eu-ai-act:Section', 'GOVERN 9.1']);
    expect(found.every((f) => taxonomyEntry(f.id) === undefined)).toBe(true);
  });

  it('leaves ordinary words and code alone', () => {
    const text = "const riskMatrix = score('riskLevel' ? 1 : 2); HTML5, XML10, the map 1 of 2, GV-1.1-001, A.1 in appendix, Article 5 of the GDPR, mapped: true, `eu-ai-act:Art.${n}`, /eu-ai-act:Art\\.15/";
    expect(findTaxonomyIds(text).map((f) => f.text)).toEqual(['riskLevel']);
  });

  it('never throws and finds only ids that appear in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('AML.T0024', 'LLM01:2025', 'ML05', 'GV-1.1', "'riskX'", 'iso-42001:A.2', '42001 A.2', 'AI Act Art. 9', '\n')), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        for (const f of findTaxonomyIds(text)) expect(text.split('\n')[f.line - 1]).toContain(f.text);
      }),
      { numRuns: 300 },
    );
  });
});
