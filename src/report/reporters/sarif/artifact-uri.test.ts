import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SRCROOT, artifactUri, wellFormed } from './artifact-uri.js';
import { addFormats } from './test-support/sarif-validator.js';
import { hostilePath } from './test-support/report-arbitrary.js';

const ajv = new Ajv();
addFormats(ajv);
const isUriReference = ajv.compile({ type: 'string', format: 'uri-reference' });

describe('artifactUri', () => {
  it.each([
    ['models/model.onnx', 'models/model.onnx', SRCROOT],
    ['models/my model #1 (100%).pkl', 'models/my%20model%20%231%20(100%25).pkl', SRCROOT],
    ['a#b%20c.pkl', 'a%23b%2520c.pkl', SRCROOT],
    ['../../outside/model.pkl', '../../outside/model.pkl', SRCROOT],
    ['models\\legacy\\model.pkl', 'models/legacy/model.pkl', SRCROOT],
    ['a:b/c', 'a%3Ab/c', SRCROOT],
    ['模型.pkl', '%E6%A8%A1%E5%9E%8B.pkl', SRCROOT],
    ['C:\\Users\\me\\My Models\\model.pkl', 'file:///C:/Users/me/My%20Models/model.pkl', undefined],
    ['c:/data/train.csv', 'file:///c:/data/train.csv', undefined],
    ['\\\\fileserver\\share\\model.onnx', 'file://fileserver/share/model.onnx', undefined],
    ['/srv/models/a b.safetensors', 'file:///srv/models/a%20b.safetensors', undefined],
    ['https://host.example/v1/score', 'https://host.example/v1/score', undefined],
    ['https://user:secret@host.example/p|q?x=1 2#f#g', 'https://host.example/p%7Cq?x=1%202#f%23g', undefined],
  ])('%s → %s', (path, uri, uriBaseId) => {
    expect(artifactUri(path)).toEqual(uriBaseId === undefined ? { uri } : { uri, uriBaseId });
  });

  it('replaces lone surrogates instead of throwing', () => {
    expect(artifactUri('a\uD800b').uri).toBe('a%EF%BF%BDb');
    expect(wellFormed('😀\uDC00')).toBe('😀\uFFFD');
  });

  it('always yields an RFC 3986 URI reference, whatever the path', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const { uri } = artifactUri(path);
        expect(isUriReference(uri), `${JSON.stringify(path)} → ${uri}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps plain relative paths recoverable: decoding the URI gives the path back', () => {
    const segment = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => !/[\\/]/.test(s) && wellFormed(s) === s);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const path = segments.join('/');
        fc.pre(!/^[A-Za-z]:/.test(path) && !/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(path));
        const { uri, uriBaseId } = artifactUri(path);
        expect(uriBaseId).toBe(SRCROOT);
        expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(path);
      }),
      { numRuns: 300 },
    );
  });
});
