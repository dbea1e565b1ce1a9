import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { createRng } from '../../stats/index.js';
import { DEFAULT_FEATURE_CONFIG, featureCount } from './features.js';
import { decodeWeights, encodeWeights, loadWeights, MAX_WEIGHTS_FILE_BYTES, type PromptInjectionWeights } from './weights-file.js';

const features = { ...DEFAULT_FEATURE_CONFIG, charBits: 8, wordBits: 6 };

function sample(): PromptInjectionWeights {
  const rng = createRng(7);
  return {
    modelId: 'pi-hashed-ngram-lr@1',
    features,
    window: { size: 512, stride: 128 },
    weights: Float32Array.from({ length: featureCount(features) }, () => rng() * 4 - 2),
    bias: -0.25,
    windowOffset: 0.5,
    windowPenalty: 0.75,
    windowPenaltyFrom: 4,
    calibration: { a: 1.5, b: -0.75 },
    threshold: 0.8,
    training: { rows: 10, digest: 'sha256:00', note: 'test' },
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'aisec-pi-weights-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function modelError(run: () => unknown): AisecError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AisecError);
    expect((error as AisecError).code).toBe('ERR_DETECT_MODEL');
    return error as AisecError;
  }
  throw new Error('expected ERR_DETECT_MODEL');
}

/** The header JSON of encoded bytes, edited by `edit`, re-encoded with the same body. */
function withHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  const header = JSON.parse(Buffer.from(bytes.subarray(12, 12 + length)).toString('utf8')) as Record<string, unknown>;
  edit(header);
  const json = Buffer.from(JSON.stringify(header));
  const out = new Uint8Array(12 + json.length + bytes.length - 12 - length);
  out.set(bytes.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(bytes.subarray(12 + length), 12 + json.length);
  return out;
}

describe('weights file', () => {
  it('round-trips float32 exactly and int16 / int8 within half a step', () => {
    const w = sample();
    const exact = decodeWeights(encodeWeights(w, 'float32'), 'x');
    expect(Array.from(exact.weights)).toEqual(Array.from(w.weights));
    expect({ ...exact, weights: undefined }).toEqual({ ...w, weights: undefined });
    for (const [dtype, levels] of [
      ['int16', 32767],
      ['int8', 127],
    ] as const) {
      const back = decodeWeights(encodeWeights(w, dtype), 'x');
      const step = 2 / levels;
      back.weights.forEach((v, i) => expect(Math.abs(v - w.weights[i]!)).toBeLessThanOrEqual(step / 2 + 1e-6));
    }
  });

  it('reads a file written before the window penalty existed as having none', () => {
    const old = withHeader(encodeWeights(sample(), 'float32'), (h) => {
      delete h.windowPenalty;
      delete h.windowPenaltyFrom;
    });
    const back = decodeWeights(old, 'old.bin');
    expect([back.windowPenalty, back.windowPenaltyFrom]).toEqual([0, 1]);
    expect(back.windowOffset).toBe(0.5);
  });

  it('reads a file written before blobs were one token as reading them as words, and keeps the setting', () => {
    const old = withHeader(encodeWeights({ ...sample(), features: { ...features, blobs: true } }, 'float32'), (h) => {
      delete (h.features as Record<string, unknown>).blobs;
    });
    expect(decodeWeights(old, 'old.bin').features.blobs).toBe(false);
    expect(decodeWeights(encodeWeights({ ...sample(), features: { ...features, blobs: true } }), 'new.bin').features.blobs).toBe(true);
    const wrong = withHeader(encodeWeights(sample()), (h) => {
      (h.features as Record<string, unknown>).blobs = 'yes';
    });
    expect(() => decodeWeights(wrong, 'wrong.bin')).toThrow(/wrong\.bin.*features\.blobs/);
  });

  it('gives the same bytes for the same weights', () => {
    expect(Buffer.from(encodeWeights(sample())).equals(Buffer.from(encodeWeights(sample())))).toBe(true);
  });

  it('loads a file and names it in every error', () => {
    const good = encodeWeights(sample());
    expect(loadWeights(write('good.bin', good)).threshold).toBe(0.8);

    const missing = path.join(dir, 'missing.bin');
    expect(modelError(() => loadWeights(missing)).message).toMatch(/missing\.bin: the file is missing; reinstall aisec, or retrain/);

    const truncated = write('truncated.bin', good.subarray(0, good.length - 10));
    expect(modelError(() => loadWeights(truncated)).message).toMatch(/truncated\.bin: the body is \d+ bytes, not the \d+/);

    const headerCut = write('header-cut.bin', good.subarray(0, 40));
    expect(modelError(() => loadWeights(headerCut)).message).toMatch(/header-cut\.bin: the header length \d+ runs past the end/);

    const corrupt = Uint8Array.from(good);
    corrupt[corrupt.length - 1] = corrupt[corrupt.length - 1]! ^ 0xff;
    expect(modelError(() => loadWeights(write('corrupt.bin', corrupt))).message).toMatch(/corrupt\.bin: the body does not match its SHA-256/);

    expect(modelError(() => loadWeights(write('empty.bin', new Uint8Array(0)))).message).toMatch(/not a weights file/);
    expect(modelError(() => loadWeights(write('text.bin', Buffer.from('{"weights": []}')))).message).toMatch(/not a weights file/);

    const huge = path.join(dir, 'huge.bin');
    writeFileSync(huge, good);
    truncateSync(huge, MAX_WEIGHTS_FILE_BYTES + 1); // sparse: costs no disk
    expect(modelError(() => loadWeights(huge)).message).toMatch(/huge\.bin: \d+ bytes is more than the/);
  });

  it('rejects a header of another version, a bad field or NaN, and NaN weights', () => {
    const good = encodeWeights(sample());
    const cases: [string, (h: Record<string, unknown>) => void, RegExp][] = [
      ['version', (h) => (h.version = 2), /format version 2 is not the version 1/],
      ['format', (h) => (h.format = 'other'), /header field format/],
      ['bias', (h) => (h.bias = null), /header field bias/],
      ['threshold', (h) => (h.threshold = 1.5), /header field threshold/],
      ['bits', (h) => ((h.features as Record<string, unknown>).charBits = 40), /charBits must be an integer/],
      ['length', (h) => ((h.body as Record<string, unknown>).length = 5), /the body holds 5 weights but the features need/],
      ['window', (h) => (h.window = { size: 500, stride: 128 }), /not a multiple of its stride/],
      ['penalty', (h) => (h.windowPenalty = -1), /header field windowPenalty/],
      ['penalty-from', (h) => (h.windowPenaltyFrom = 0.5), /header field windowPenaltyFrom/],
      ['penalty-type', (h) => (h.windowPenalty = '1'), /header field windowPenalty/],
      ['penalty-huge', (h) => (h.windowPenaltyFrom = 2 ** 40), /header field windowPenaltyFrom/],
    ];
    for (const [name, edit, message] of cases) {
      const file = write(`${name}.bin`, withHeader(good, edit));
      const error = modelError(() => loadWeights(file));
      expect(error.message).toMatch(message);
      expect(error.message).toContain(`${name}.bin`);
    }
    const nan = sample();
    nan.weights[3] = Number.NaN;
    expect(modelError(() => decodeWeights(encodeWeights(nan, 'float32'), 'nan.bin')).message).toMatch(/nan\.bin: weight 3 is not a finite number/);
    expect(modelError(() => decodeWeights(Buffer.concat([Buffer.from('AISECPIW'), Buffer.from([4, 0, 0, 0]), Buffer.from('{{{{')]), 'bad.bin')).message).toMatch(
      /bad\.bin: the header is not valid JSON/,
    );
  });
});
