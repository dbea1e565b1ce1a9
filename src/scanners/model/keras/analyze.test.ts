import { mkdtempSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { analyzeKerasArchive } from './analyze.js';
import { buildKerasArchive, kerasLayer, kerasSequential } from './fixtures.js';
import { kerasJsonAnalyzer } from './index.js';
import { looksLikeKerasArchive, looksLikeKerasJson } from './sniff.js';

const dense = kerasLayer('keras.layers', 'Dense', { name: 'd1', units: 8, activation: 'relu' });
const lambda = kerasLayer('keras.layers', 'Lambda', { name: 'lambda', function: { class_name: '__lambda__', config: { code: '4wEAAAAAAAAAAAAAAAEAAAADAAAB8wYAAACXAHwAUwApAU6pACkB2gF4cwEAAAAg+gg8bGFtYmRhPvoIPGxhbWJkYT5yBQAAAAEAAABzBgAAAIAAiCGAAPMAAAAA' } } });
const analyze = (bytes: Uint8Array) => analyzeKerasArchive({ bytes });
const rules = (bytes: Uint8Array) => analyze(bytes).findings.map((f) => `${f.rule}:${f.severity}`).sort();

describe('analyzeKerasArchive', () => {
  it('passes a Dense-only model, compressed or stored', () => {
    for (const level of [0, 6] as const) {
      const file = buildKerasArchive(kerasSequential(dense), { level });
      expect(looksLikeKerasArchive(file)).toBe(true);
      expect(analyze(file)).toEqual({ findings: [], status: 'complete' });
    }
  });

  it('reports findings on the config.json member, with the Keras version in the evidence', () => {
    const r = analyze(buildKerasArchive(kerasSequential(dense, lambda)));
    expect(r.findings.map((f) => [f.rule, f.severity, f.location?.member])).toEqual([['lambda-layer', 'high', 'config.json']]);
    expect(r.findings[0]!.evidence).toMatchObject({ kerasVersion: '3.8.0', source: 'keras-v3' });
  });

  it.each([
    ['a foreign module (CVE-2025-1550)', kerasSequential(kerasLayer('os', 'system', { command: 'true' })), ['foreign-module:critical']],
    ['get_file (CVE-2025-8747)', kerasSequential(kerasLayer('keras.utils', 'function', 'get_file')), ['remote-download:high']],
    ['enable_unsafe_deserialization then a Lambda (CVE-2025-9906)', kerasSequential(kerasLayer('keras.config', 'function', 'enable_unsafe_deserialization'), lambda), ['lambda-layer:critical', 'unsafe-deserialization:critical']],
    ['a TFSMLayer (CVE-2026-1462)', kerasSequential(kerasLayer('keras.layers', 'TFSMLayer', { filepath: '../elsewhere' })), ['tfsm-layer:high']],
  ])('flags %s', (_name, config, expected) => {
    expect(rules(buildKerasArchive(config))).toEqual(expected);
  });

  it('flags invalid JSON and leaves the archive incomplete', () => {
    const r = analyze(buildKerasArchive('{"module": "keras", '));
    expect(r.findings.map((f) => f.rule)).toEqual(['keras-config-invalid']);
    expect(r.status).toBe('incomplete');
  });

  it('analyses every config.json when the archive has two (zip readers pick different ones)', () => {
    const base = buildKerasArchive(kerasSequential(dense));
    const second = zipSync({ 'config.json': new TextEncoder().encode(JSON.stringify(kerasSequential(lambda))) });
    // Two local entries named config.json: a streaming reader sees both.
    const both = new Uint8Array(base.length + second.length);
    both.set(second, 0);
    both.set(base, second.length);
    expect(rules(both)).toContain('lambda-layer:high');
  });

  it('is incomplete when there is no config.json or the zip is broken', () => {
    const noConfig = zipSync({ 'metadata.json': new TextEncoder().encode('{"keras_version":"3.8.0"}') });
    expect(analyze(noConfig)).toMatchObject({ status: 'incomplete', findings: [] });
    const file = buildKerasArchive(kerasSequential(dense));
    expect(analyze(file.subarray(0, 60)).status).toBe('incomplete');
  });

  it('reads from a file in chunks with the same result', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'aisec-keras-')), 'm.keras');
    const file = buildKerasArchive(kerasSequential(lambda), { extra: { 'assets/big.bin': new Uint8Array(3 * 1024 * 1024) } });
    writeFileSync(path, file);
    const fd = openSync(path, 'r');
    try {
      expect(analyzeKerasArchive({ fd, size: file.length }).findings.map((f) => f.rule)).toEqual(['lambda-layer']);
    } finally {
      closeSync(fd);
    }
  });

  it('never throws on arbitrary or mutated archives (property)', () => {
    const good = buildKerasArchive(kerasSequential(dense, lambda));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const copy = good.slice();
        copy[at] = byte;
        expect(['complete', 'incomplete']).toContain(analyze(copy).status);
      }),
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void analyze(Uint8Array.from([0x50, 0x4b, 3, 4, ...bytes]))));
  });
});

describe('kerasJsonAnalyzer', () => {
  const ctx = undefined as never;
  it('detects Keras JSON by content and treats metadata.json as complete and clean', () => {
    const meta = new TextEncoder().encode('{"keras_version": "3.8.0"}');
    expect(looksLikeKerasJson(meta)).toBe(true);
    expect(kerasJsonAnalyzer.analyze(meta, 'metadata.json', ctx)).toEqual({ findings: [], status: 'complete' });
    expect(looksLikeKerasJson(new TextEncoder().encode('{"tokens": []}'))).toBe(false);
  });

  it('applies the Keras rules to a config.json found inside another archive', () => {
    const config = new TextEncoder().encode(JSON.stringify(kerasSequential(lambda)));
    expect(kerasJsonAnalyzer.analyze(config, 'inner.keras!/config.json', ctx).findings.map((f) => f.rule)).toEqual(['lambda-layer']);
  });
});
