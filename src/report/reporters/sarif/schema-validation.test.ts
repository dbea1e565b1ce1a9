import { describe, expect, it } from 'vitest';
import { compileSarifValidator, loadSarifSchema } from './test-support/sarif-validator.js';

/** Every object key of a JSON value that is used as a schema keyword (not as a property name). */
function keywordsOf(node: unknown, out: Map<string, number>, underProperties = false): Map<string, number> {
  if (Array.isArray(node)) for (const n of node) keywordsOf(n, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (!underProperties) out.set(key, (out.get(key) ?? 0) + 1);
      // Children of properties/definitions are named schemas: their names are not keywords.
      keywordsOf(value, out, !underProperties && (key === 'properties' || key === 'definitions'));
    }
  }
  return out;
}

const minimal = () => ({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'aisec' } }, results: [{ message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 1 } } }] }] }],
});

describe('the vendored SARIF schema', () => {
  const validate = compileSarifValidator();

  it('uses no draft-04 keyword whose meaning changed in draft-07, apart from the root id', () => {
    const keywords = keywordsOf(loadSarifSchema(), new Map());
    expect(keywords.get('id')).toBe(1);
    expect(keywords.has('exclusiveMinimum')).toBe(false);
    expect(keywords.has('exclusiveMaximum')).toBe(false);
    expect(loadSarifSchema().id).toMatch(/errata01/);
  });

  it('accepts a minimal valid log', () => {
    expect(validate(minimal())).toBe(true);
  });

  it.each([
    ['an unknown level', (log: ReturnType<typeof minimal>) => Object.assign(log.runs[0]!.results[0]!, { level: 'fatal' })],
    ['a region with neither startLine nor an offset', (log: ReturnType<typeof minimal>) => Object.assign(log.runs[0]!.results[0]!.locations[0]!.physicalLocation, { region: {} })],
    ['a line 0', (log: ReturnType<typeof minimal>) => Object.assign(log.runs[0]!.results[0]!.locations[0]!.physicalLocation, { region: { startLine: 0 } })],
    ['a suppression "state" (pre-errata spelling)', (log: ReturnType<typeof minimal>) => Object.assign(log.runs[0]!.results[0]!, { suppressions: [{ kind: 'external', state: 'accepted' }] })],
    ['a URI with a space', (log: ReturnType<typeof minimal>) => Object.assign(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation, { uri: 'a b' })],
    ['duplicate tags', (log: ReturnType<typeof minimal>) => Object.assign(log.runs[0]!.results[0]!, { properties: { tags: ['x', 'x'] } })],
  ])('rejects %s', (_name, breakIt) => {
    const log = minimal();
    breakIt(log);
    expect(validate(log)).toBe(false);
  });
});
