import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAisecError } from '../../core/errors.js';
import { matrixFromRows } from '../../ml/models/matrix.js';
import { buildReferenceProfile, compileProfile, loadReferenceProfile, oodScore } from './profile.js';
import { syntheticWorld } from './test-support/synthetic.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'aisec-profile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reference profile', () => {
  it('gives per-feature mean and std, a floor for constant features, and a threshold most training rows fall under', () => {
    const X = matrixFromRows([
      [0, 1, 5],
      [2, 1, 5],
      [4, 1, 5],
    ]);
    const p = buildReferenceProfile(X, { quantile: 1 });
    expect(p.mean).toEqual([2, 1, 5]);
    expect(p.std[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(p.std.slice(1)).toEqual([0, 0]);
    expect(p.stdFloor).toBeCloseTo(0.1 * Math.sqrt(8 / 3), 12);
    const compiled = compileProfile(p);
    expect(oodScore(compiled, [4, 1, 5])).toBeCloseTo(p.oodThreshold, 12);
    expect(oodScore(compiled, [2, 1, 6])).toBeGreaterThan(p.oodThreshold);
  });

  it('scores a noise row far above natural rows', () => {
    const world = syntheticWorld(16, 5, 3);
    const p = compileProfile(buildReferenceProfile(world.matrix(1000, 4)));
    const natural = world.matrix(200, 5);
    let over = 0;
    for (let i = 0; i < 200; i++) if (oodScore(p, natural.data.subarray(i * 16, (i + 1) * 16)) > p.oodThreshold) over++;
    expect(over).toBeLessThan(5);
    expect(oodScore(p, new Array(16).fill(1))).toBeGreaterThan(p.oodThreshold);
  });

  it('loads a profile file relative to the configuration and refuses bad ones naming the file', async () => {
    const profile = buildReferenceProfile(syntheticWorld(4, 2, 1).matrix(50, 1));
    await writeFile(path.join(dir, 'ok.json'), JSON.stringify(profile));
    await expect(loadReferenceProfile('ok.json', path.join(dir, 'gateway.yaml'))).resolves.toEqual(profile);
    await writeFile(path.join(dir, 'bad.json'), '{"dimensions": 2, "mean": [1]');
    await writeFile(path.join(dir, 'short.json'), JSON.stringify({ ...profile, mean: [1] }));
    for (const name of ['bad.json', 'short.json', 'absent.json', '.']) {
      const error = await loadReferenceProfile(name, path.join(dir, 'gateway.yaml')).catch((e: unknown) => e);
      expect(isAisecError(error) && error.code === 'ERR_GATEWAY_CONFIG').toBe(true);
    }
  });

  it('refuses too few rows or non-finite values', () => {
    expect(() => buildReferenceProfile(matrixFromRows([[1, 2]]))).toThrow(/at least 2 rows/);
    expect(() => buildReferenceProfile(matrixFromRows([[1, Number.NaN], [1, 2]]))).toThrow(/not a finite number/);
  });
});
