/**
 * Look any taxonomy id up without knowing its framework: the id's shape says which framework
 * it belongs to, then the entry is found in that framework's data.
 *
 * @example
 * taxonomyEntry('AML.T0024')?.name        // 'Exfiltration via AI Inference API'
 * taxonomyEntry('GV-1.1')?.id             // 'GOVERN 1.1'
 * taxonomyEntry('Art. 15')?.id            // 'eu-ai-act:Art.15'
 */
import { didYouMean } from '../core/suggest.js';
import { atlasCaseStudyId, atlasMitigationId, atlasTacticId, atlasTechniqueId } from './atlas.js';
import { cosaiIdPattern, withoutVersion } from './cosai.js';
import { frameworkKeys, type FrameworkKey, type TaxonomyEntry } from './entry.js';
import { entryBuilders } from './entry-builders.js';
import { canonicalEuId } from './eu-ai-act.js';
import { canonicalIsoId } from './iso-42001.js';
import { canonicalNistId } from './nist.js';
import { canonicalOwaspId } from './owasp.js';
import { freezeMap, deepFreeze } from './read-vendored.js';

/** Longest id read; anything longer is not an id. */
const maxIdLength = 120;

/** An id recognised by its shape: the framework it belongs to and its canonical spelling. */
export interface TaxonomyRef {
  readonly framework: FrameworkKey;
  readonly id: string;
}

function isFramework(key: string): key is FrameworkKey {
  return (frameworkKeys as readonly string[]).includes(key);
}

function owaspFramework(canonical: string): FrameworkKey {
  return canonical.startsWith('LLM') ? 'owasp-llm' : canonical.startsWith('ML') ? 'owasp-ml' : 'owasp-agentic';
}

/**
 * The framework and canonical id of `raw`, judged by its shape only (the id may still not
 * exist). A framework prefix (`atlas:AML.T0024`, `nist-600-1:CONFABULATION`) and a version
 * suffix (`AML.T0020@5.0.1`, `GOVERN-1.6@1.0`) are allowed. Undefined for any other shape.
 */
export function parseTaxonomyId(raw: string): TaxonomyRef | undefined {
  let text = raw.trim();
  if (text.length === 0 || text.length > maxIdLength) return undefined;
  let only: FrameworkKey | undefined;
  const colon = text.indexOf(':');
  if (colon > 0 && isFramework(text.slice(0, colon).toLowerCase())) {
    only = text.slice(0, colon).toLowerCase() as FrameworkKey;
    text = text.slice(colon + 1).trim();
  }
  text = withoutVersion(text);
  const candidates: TaxonomyRef[] = [];
  const upper = text.toUpperCase();
  if ([atlasTacticId, atlasTechniqueId, atlasMitigationId, atlasCaseStudyId].some((p) => p.test(upper))) candidates.push({ framework: 'atlas', id: upper });
  const owaspId = canonicalOwaspId(text);
  if (owaspId !== undefined) candidates.push({ framework: owaspFramework(owaspId), id: owaspId });
  if (cosaiIdPattern.test(text)) candidates.push({ framework: 'cosai', id: text });
  const nist = canonicalNistId(text);
  if (nist !== undefined) candidates.push({ framework: 'nist-ai-rmf', id: nist });
  const iso = canonicalIsoId(text);
  if (iso !== undefined) candidates.push({ framework: 'iso-42001', id: iso });
  const eu = canonicalEuId(text);
  if (eu !== undefined) candidates.push({ framework: 'eu-ai-act', id: eu });
  if (/^[A-Z][A-Z_]+$/i.test(text) && nist === undefined) candidates.push({ framework: 'nist-600-1', id: `nist-600-1:${upper}` });
  return only === undefined ? candidates[0] : candidates.find((c) => c.framework === only);
}

const cache = new Map<FrameworkKey, ReadonlyMap<string, TaxonomyEntry>>();

/** Every entry of one framework by canonical id, built on first use. */
export function frameworkEntries(framework: FrameworkKey): ReadonlyMap<string, TaxonomyEntry> {
  let map = cache.get(framework);
  if (!map) {
    map = freezeMap(new Map(deepFreeze(entryBuilders[framework]()).map((e) => [e.id, e])));
    cache.set(framework, map);
  }
  return map;
}

/** Every entry of the given frameworks (all by default), framework by framework in file order. */
export function taxonomyEntries(frameworks: readonly FrameworkKey[] = frameworkKeys): TaxonomyEntry[] {
  return frameworks.flatMap((f) => [...frameworkEntries(f).values()]);
}

/** The entry of any id aisec knows (see {@link parseTaxonomyId} for the spellings); undefined when none has it. */
export function taxonomyEntry(id: string): TaxonomyEntry | undefined {
  const ref = parseTaxonomyId(id);
  return ref === undefined ? undefined : frameworkEntries(ref.framework).get(ref.id);
}

/** Whether an id exists in the data aisec ships. */
export function taxonomyIdExists(id: string): boolean {
  return taxonomyEntry(id) !== undefined;
}

/** The closest existing id to a mistyped one, within its framework when the shape says which. */
export function suggestTaxonomyId(id: string): string | undefined {
  const ref = parseTaxonomyId(id);
  if (!ref) return didYouMean(id.trim(), taxonomyEntries().map((e) => e.id));
  // Compare without a framework prefix (`nist-600-1:`), or every short word would look close to every id.
  const local = (x: string) => x.replace(/^[a-z0-9-]+:(?=[A-Za-z])/, '');
  const byLocal = new Map([...frameworkEntries(ref.framework).keys()].map((k) => [local(k), k]));
  const hit = didYouMean(local(ref.id), byLocal.keys());
  return hit === undefined ? undefined : byLocal.get(hit);
}
