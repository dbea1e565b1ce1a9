import { describe, expect, it } from 'vitest';
import { Memo } from './memo.js';
import { DATA_TEXT, DICT } from './values.js';

describe('Memo', () => {
  it('stores sequential and hostile keys without allocating up to the key', () => {
    const memo = new Memo();
    memo.set(0, 'os');
    memo.set(0xffffffff, 'system');
    expect(memo.get(0)).toBe('os');
    expect(memo.get(0xffffffff)).toBe('system');
    expect(memo.get(5)).toBeUndefined();
    expect(memo.get(-1)).toBeUndefined();
    expect(memo.size).toBe(2);
  });

  it('keeps strings that can name modules and only the fact of others', () => {
    const memo = new Memo();
    memo.set(0, 'torch._utils');
    memo.set(1, 'user 42 — not a name');
    expect(memo.get(0)).toBe('torch._utils');
    expect(memo.get(1)).toBe(DATA_TEXT);
  });

  it('finds a key stored in the sparse map after the dense part has grown past it', () => {
    const memo = new Memo();
    memo.set(3000, DICT);
    for (let k = 0; k < 4000; k++) if (k !== 3000) memo.set(k, 'x');
    expect(memo.get(3000)).toBe(DICT);
  });

  it('sends striding keys to the sparse map instead of allocating pages', () => {
    const memo = new Memo();
    for (let k = 0; k < 200; k++) memo.set(k * 1000, 'x');
    expect(memo.get(199_000)).toBe('x');
    expect(memo.size).toBe(200);
  });
});
