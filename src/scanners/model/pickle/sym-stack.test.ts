import { describe, expect, it } from 'vitest';
import { SymStack } from './sym-stack.js';
import { DICT, LOST, SCALAR } from './values.js';

describe('SymStack', () => {
  it('pops in LIFO order and refuses to pop below the innermost mark', () => {
    const stack = new SymStack();
    stack.push('a');
    stack.mark();
    stack.push('b');
    expect(stack.pop()).toBe('b');
    expect(stack.pop()).toBeUndefined();
    expect(stack.markAtTop()).toBe(true);
    stack.dropMark();
    expect(stack.pop()).toBe('a');
  });

  it('keeps the first items of a long mark region in order, with the true count', () => {
    const stack = new SymStack();
    stack.mark();
    for (let k = 0; k < 100; k++) stack.push(`s${k}`);
    const popped = stack.popMark()!;
    expect(popped.count).toBe(100);
    expect(popped.items.slice(0, 3)).toEqual(['s0', 's1', 's2']);
    expect(popped.items).toHaveLength(16);
    expect(stack.length).toBe(0);
  });

  it('stores a run of scalars as one entry without merging across a mark', () => {
    const stack = new SymStack();
    for (let k = 0; k < 5; k++) stack.push(SCALAR);
    stack.mark();
    for (let k = 0; k < 1_000_000; k++) stack.push(SCALAR);
    stack.push(DICT);
    expect(stack.length).toBe(1_000_006);
    expect(stack.discardMark()).toBe(1_000_001);
    expect(stack.length).toBe(5);
    expect(stack.pop()).toBe(SCALAR);
    expect(stack.length).toBe(4);
  });

  it('drops values to a counted run past its physical budget', () => {
    const stack = new SymStack();
    for (let k = 0; k < 1_000_100; k++) stack.push(k % 2 ? 'a' : DICT);
    expect(stack.dropped).toBe(true);
    expect(stack.top()).toBe(LOST);
  });
});
