import { describe, expect, it } from 'vitest';
import { hrefFor, pages, parseHash } from './route.js';

describe('parseHash', () => {
  it('reads the page and its query', () => {
    expect(parseHash('')).toEqual({ page: 'overview', query: {} });
    expect(parseHash('#/')).toEqual({ page: 'overview', query: {} });
    expect(parseHash('#/findings?system=credit-scoring&severity=high')).toEqual({ page: 'findings', query: { system: 'credit-scoring', severity: 'high' } });
    expect(parseHash('#/incidents/INC-1')).toEqual({ page: 'incident', id: 'INC-1', query: {} });
    expect(parseHash('#/login')).toEqual({ page: 'login', query: {} });
  });

  it('gives not-found for unknown pages, extra segments and bad encoding', () => {
    for (const hash of ['#/nope', '#/findings/extra', '#/%E0%A4%A', '#/../findings', '#/__proto__']) expect(parseHash(hash).page).toBe('not-found');
  });

  it('keeps the first of repeated keys and bounds a huge hash', () => {
    expect(parseHash('#/findings?severity=high&severity=low').query).toEqual({ severity: 'high' });
    const huge = parseHash(`#/findings?text=${'a'.repeat(1_000_000)}`);
    expect(huge.page).toBe('findings');
    expect(huge.query['text']!.length).toBeLessThan(2_000);
  });

  it('decodes an encoded incident id', () => {
    expect(parseHash('#/incidents/a%2Fb').id).toBe('a/b');
  });
});

describe('hrefFor', () => {
  it('round-trips through parseHash for every page', () => {
    for (const page of pages) {
      const href = hrefFor(page, { system: 'a b&c', text: 'x=y' });
      expect(parseHash(href)).toEqual({ page, query: { system: 'a b&c', text: 'x=y' } });
    }
    expect(parseHash(hrefFor('incident', {}, 'a/b?c'))).toEqual({ page: 'incident', id: 'a/b?c', query: {} });
  });

  it('leaves empty values out and sorts keys', () => {
    expect(hrefFor('findings', { text: '', system: 's', severity: undefined, offset: '50' })).toBe('#/findings?offset=50&system=s');
    expect(hrefFor('overview')).toBe('#/');
  });
});
