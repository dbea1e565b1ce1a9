import { afterAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../core/errors.js';
import { atlasTechnique } from './atlas.js';
import { EU_AI_ACT_FILE, euAiAct, euAiActArticle, euAiActEntry, loadEuAiAct } from './eu-ai-act.js';
import { iso42001, ISO_42001_FILE, iso42001Control, iso42001Entry, loadIso42001 } from './iso-42001.js';
import { loadNistAiRmf, NIST_AI_RMF_FILE, nistAiRmf, nistEntry, nistGai, nistGaiRisk, nistSubcategory, canonicalNistId } from './nist.js';
import { canonicalOwaspId, loadOwasp, OWASP_FILES, owasp, owaspForAtlas, owaspItem } from './owasp.js';
import { damagedCopies } from './test-support/damaged-copy.js';

const copies = damagedCopies();
afterAll(() => copies.cleanup());

function refused(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(isAisecError(error, 'ERR_TAXONOMY_DATA')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('loaded');
}

describe('OWASP lists', () => {
  it('hold LLM01–LLM10 (2025), ML01–ML10 (2023) and ASI01–ASI10, each item once', () => {
    const lists = owasp();
    expect(lists.llm.items.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `LLM${String(i + 1).padStart(2, '0')}:2025`));
    expect(lists.ml.items.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `ML${String(i + 1).padStart(2, '0')}:2023`));
    expect(lists.agentic.items.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `ASI${String(i + 1).padStart(2, '0')}`));
    expect(lists.item.size).toBe(30);
  });

  it('read the spellings used in tags, and nothing else', () => {
    expect(owaspItem('LLM01:2025')?.title).toBe('Prompt Injection');
    expect(owaspItem('ML05')?.title).toBe('Model Theft');
    expect(owaspItem('ml05:2023')?.id).toBe('ML05:2023');
    expect(owaspItem('ASI01')?.title).toBe('Agent Goal Hijack');
    expect(owaspItem('LLM01:2023')).toBeUndefined();
    expect(owaspItem('LLM11:2025')).toBeUndefined();
    expect(owaspItem('ML11')).toBeUndefined();
    expect(owaspItem('API1:2023')).toBeUndefined();
    expect(canonicalOwaspId('LLM01')).toBe('LLM01:2025');
    expect(canonicalOwaspId('ASI02:2026')).toBe('ASI02');
    expect(canonicalOwaspId('LLM1')).toBeUndefined();
  });

  it('map LLM and ML items to ATLAS techniques that exist, and ATLAS techniques back to them', () => {
    const items = [...owasp().llm.items, ...owasp().ml.items];
    // The data maps every item but ML09:2023 (Output Integrity Attack), for which it names no technique.
    expect(items.filter((i) => i.atlas.length === 0).map((i) => i.id)).toEqual(['ML09:2023']);
    for (const item of items) for (const id of item.atlas) expect(atlasTechnique(id), `${item.id} → ${id}`).toBeDefined();
    expect(owaspForAtlas('AML.T0051.001').map((i) => i.id)).toContain('LLM01:2025');
    expect(owaspForAtlas('AML.T0024.000').map((i) => i.id)).toEqual(expect.arrayContaining(['LLM02:2025', 'ML04:2023']));
    expect(owaspForAtlas('AML.T0000')).toEqual([]);
    expect(owaspItem('ML01')!.scores).toEqual({ exploitability: 5, detectability: 3, technical: 5 });
  });

  it('refuse a damaged file with its place', () => {
    const llm = copies.edited(OWASP_FILES.llm, (d) => (d.items[2].atlas[0] = 'T0010'));
    expect(refused(() => loadOwasp({ ...OWASP_FILES, llm }))).toMatch(/owasp-llm-top10-2025\.json at items\[2\]\.atlas\[0\]/);
    const ml = copies.edited(OWASP_FILES.ml, (d) => d.items.pop());
    expect(refused(() => loadOwasp({ ...OWASP_FILES, ml }))).toMatch(/owasp-ml-top10-2023\.json at items: .*10/);
  });
});

describe('NIST AI RMF 1.0 and AI 600-1', () => {
  it('has 4 functions, 19 categories and 72 subcategories (GOVERN 6/19, MAP 5/18, MEASURE 4/22, MANAGE 4/13)', () => {
    const rmf = nistAiRmf();
    expect(rmf.functions.map((f) => f.id)).toEqual(['GOVERN', 'MAP', 'MEASURE', 'MANAGE']);
    expect(rmf.categories).toHaveLength(19);
    expect(rmf.subcategories).toHaveLength(72);
    expect(rmf.functions.map((f) => [f.categories.length, f.categories.flatMap((c) => c.subcategories).length])).toEqual([[6, 19], [5, 18], [4, 22], [4, 13]]);
  });

  it('reads GOVERN 1.1, GV-1.1, GOVERN-1.1@1.0 and MS-2.10 alike', () => {
    expect(nistSubcategory('GOVERN 1.1')?.text).toMatch(/^Legal and regulatory requirements involving AI/);
    expect(nistSubcategory('GV-1.1')).toBe(nistSubcategory('GOVERN 1.1'));
    expect(nistSubcategory('govern-1.1@1.0')).toBe(nistSubcategory('GOVERN 1.1'));
    expect(nistSubcategory('MS-2.10')?.id).toBe('MEASURE 2.10');
    expect(nistEntry('MAP 2')).toMatchObject({ id: 'MAP 2', function: 'MAP' });
    expect(nistSubcategory('MAP 2')).toBeUndefined();
    expect(nistEntry('GOVERN 7.1')).toBeUndefined();
    expect(canonicalNistId('GV')).toBeUndefined();
    expect(canonicalNistId('GOVERN 1.1.1')).toBeUndefined();
  });

  it('lists the 12 risks of AI 600-1', () => {
    expect(nistGai().risks).toHaveLength(12);
    expect(nistGaiRisk('CONFABULATION')?.title).toBe('Confabulation');
    expect(nistGaiRisk('nist-600-1:data_privacy')?.id).toBe('nist-600-1:DATA_PRIVACY');
    expect(nistGaiRisk('HALLUCINATION')).toBeUndefined();
  });

  it('refuses a core whose ids do not match their function or whose counts disagree', () => {
    expect(refused(() => loadNistAiRmf(copies.edited(NIST_AI_RMF_FILE, (d) => (d.functions[1].categories[0].subcategories[0].id = 'GOVERN 1.9'))))).toMatch(/at functions\[1\]\.categories\[0\]\.subcategories\[0\]\.id: "GOVERN 1\.9"/);
    expect(refused(() => loadNistAiRmf(copies.edited(NIST_AI_RMF_FILE, (d) => d.functions[0].categories[0].subcategories.pop())))).toMatch(/at counts: the file says 19 categories and 72 subcategories but holds 19 and 71/);
  });
});

describe('ISO/IEC 42001 Annex A', () => {
  it('has 9 objectives (A.2–A.10) and 38 controls', () => {
    expect(iso42001().objectives.map((o) => o.number)).toEqual(['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10']);
    expect(iso42001().controls).toHaveLength(38);
  });

  it('looks controls up with or without the framework prefix', () => {
    expect(iso42001Control('A.7.4')?.title).toBe('Quality of data for AI systems');
    expect(iso42001Control('iso-42001:A.6.2.4')?.objective).toBe('iso-42001:A.6');
    expect(iso42001Entry('A.6')?.title).toBe('AI system life cycle');
    expect(iso42001Control('A.6')).toBeUndefined();
    expect(iso42001Control('A.11.1')).toBeUndefined();
  });

  it('refuses a control filed under another objective', () => {
    expect(refused(() => loadIso42001(copies.edited(ISO_42001_FILE, (d) => (d.objectives[0].controls[0].id = 'A.3.9'))))).toMatch(/at objectives\[0\]\.controls\[0\]\.id: "A\.3\.9" does not belong to objective A\.2/);
  });
});

describe('EU AI Act', () => {
  it('has the requirements for high-risk systems, Arts. 9–15, with their titles', () => {
    const titles = [9, 10, 11, 12, 13, 14, 15].map((n) => euAiActArticle(n)?.title);
    expect(titles).toEqual([
      'Risk management system',
      'Data and data governance',
      'Technical documentation',
      'Record-keeping',
      'Transparency and provision of information to deployers',
      'Human oversight',
      'Accuracy, robustness and cybersecurity',
    ]);
    expect(euAiAct().articles.filter((a) => a.group === 'requirement').map((a) => a.number)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(euAiAct().articles.map((a) => a.number)).toEqual([...euAiAct().articles.map((a) => a.number)].sort((a, b) => a - b));
  });

  it('reads Art. 15, Article 15 and eu-ai-act:Art.15(5)', () => {
    expect(euAiActEntry('Art. 15')).toBe(euAiActArticle(15));
    expect(euAiActEntry('Article 15')).toBe(euAiActArticle(15));
    expect(euAiActEntry('eu-ai-act:Art.15(5)')).toMatchObject({ article: 'eu-ai-act:Art.15', label: '15(5)' });
    expect(euAiActEntry('Art. 5')).toBeUndefined();
    expect(euAiActArticle('Art. 15(5)')).toBeUndefined();
  });

  it('refuses an article listed twice', () => {
    expect(refused(() => loadEuAiAct(copies.edited(EU_AI_ACT_FILE, (d) => (d.related_obligations[0].article = 9))))).toMatch(/at related_obligations\[0\]\.article: Art\. 9 appears twice/);
  });
});
