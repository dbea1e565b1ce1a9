import { describe, expect, it } from 'vitest';
import { bytesInput } from './chunk-input.js';
import { analyzeBy, createRootContext, runAnalyzers } from './member-dispatch.js';
import type { MemberAnalyzer } from './member-types.js';

const text = (s: string) => new TextEncoder().encode(s);
const echo: MemberAnalyzer = {
  id: 'echo',
  detects: (head) => head[0] === 0x45,
  analyze: (bytes, name, ctx) => ({ findings: [{ rule: 'seen', title: 'Seen', severity: 'info', message: `${name}:${bytes.length}:${ctx.member}`, why: 'w', fix: 'f' }], status: 'complete' }),
};
const nesting: MemberAnalyzer = { id: 'nest', detects: (head) => head[0] === 0x4e, analyze: (bytes, _name, ctx) => ctx.dispatch('inner', bytes.subarray(1)) };
const throwing: MemberAnalyzer = { id: 'boom', detects: (head) => head[0] === 0x42, analyze: () => { throw new Error('kaput'); } };
const bigOnly: MemberAnalyzer = { id: 'big', detects: (head) => head[0] === 0x47, analyze: (bytes) => ({ findings: [], status: 'complete', message: String(bytes.length) }) };
const analyzers = [echo, nesting, throwing, bigOnly];

describe('member dispatch', () => {
  it('picks the analyzer by content and fills in the member path', () => {
    const ctx = createRootContext({ analyzers });
    const result = ctx.dispatch('a.bin', text('Ehello'));
    expect(result.findings[0]).toMatchObject({ message: 'a.bin:6:a.bin', location: { member: 'a.bin' } });
  });

  it('joins nested member paths with !/ and stops at the depth limit with a finding', () => {
    const ctx = createRootContext({ analyzers, limits: { maxDepth: 3 } });
    expect(ctx.dispatch('outer', text('NNEx')).findings[0]).toMatchObject({ location: { member: 'outer!/inner!/inner' } });
    const deep = ctx.dispatch('outer', text('NNNNEx'));
    expect(deep).toMatchObject({ status: 'incomplete', findings: [expect.objectContaining({ rule: 'archive-too-deep' })] });
  });

  it('is incomplete (never clean) for unknown content, unless the caller says it may be opaque data', () => {
    const ctx = createRootContext({ analyzers });
    expect(ctx.dispatch('x', text('?????'))).toMatchObject({ status: 'incomplete', message: expect.stringContaining('x: content not recognised (starts 3f 3f') });
    expect(ctx.dispatch('x', text('?????'), { opaqueOk: true })).toEqual({ findings: [], status: 'complete' });
    expect(ctx.dispatch('empty', new Uint8Array(0))).toEqual({ findings: [], status: 'complete' });
  });

  it('turns an analyzer that throws into an incomplete result', () => {
    expect(runAnalyzers(analyzers, text('Bx'), 'f', createRootContext())).toMatchObject({ status: 'incomplete', message: expect.stringContaining('kaput') });
  });

  it('stops counting members at the limit', () => {
    const ctx = createRootContext({ analyzers, limits: { maxMembers: 2 } });
    ctx.dispatch('1', text('E'));
    ctx.dispatch('2', text('E'));
    expect(ctx.dispatch('3', text('E'))).toMatchObject({ status: 'incomplete', message: expect.stringContaining('more than 2 archive members') });
  });

  it('gives whole-bytes analyzers at most maxMemberBytes, and refuses larger inputs unread', () => {
    const ctx = createRootContext({ analyzers, limits: { maxMemberBytes: 2048 } });
    expect(analyzeBy(bigOnly, bytesInput(new Uint8Array(1000).fill(0x47)), 'g', ctx)).toMatchObject({ status: 'complete', message: '1000' });
    expect(analyzeBy(bigOnly, bytesInput(new Uint8Array(4096).fill(0x47)), 'g', ctx)).toMatchObject({ status: 'incomplete', message: expect.stringContaining('over the 2048-byte limit') });
  });
});
