import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import type { GatewayEvent, GatewayPart } from '../pipeline/part.js';
import { composeParts } from '../pipeline/compose.js';
import { isRelease, type GatewayRequest, type ResponseInspector } from '../pipeline/stages.js';
import { GuardMetrics } from './guard-metrics.js';
import { GuardReporter } from './guard-report.js';
import type { GuardSet } from './guard-set.js';
import type { FailPolicy, RequestGuard, ResponseGuard } from './guard-types.js';
import { runRequestGuards } from './request-run.js';
import { ResponseRun } from './response-run.js';
import { SseGuardInspector } from './sse-inspector.js';

/** A guard whose detector breaks (a bug, a corrupt model): it throws on every text. */
const broken = (onError: FailPolicy): RequestGuard & ResponseGuard => ({
  id: 'broken', action: 'block', onError, budgetMs: 5, maxChars: 1e9,
  selects: () => true,
  check: () => {
    throw new TypeError('detector bug');
  },
  open: () => ({
    push: () => {
      throw new TypeError('detector bug');
    },
    finish: () => false,
  }),
});

function request(body: object): GatewayRequest {
  const bytes = Buffer.from(JSON.stringify(body));
  return { id: 'r1', endpoint: 'chat/completions', body: bytes, json: () => body, route: { id: 'chat' }, verdicts: [], principal: { id: 'key-1', scopes: [] }, model: 'm' } as unknown as GatewayRequest;
}

function reporter(events: GatewayEvent[]): GuardReporter {
  return new GuardReporter(new GuardMetrics(), (e) => events.push(e));
}

const set = (guard: RequestGuard): GuardSet => ({ request: [guard], response: [], routes: undefined, tokenInput: 'block', maxHeldBytes: 1 << 20 });
const body = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };

describe('a guard that throws follows its fail policy', () => {
  it('on a request: fail-open passes with verdict error, fail-closed blocks; both tell operators', () => {
    const events: GatewayEvent[] = [];
    const open = request(body);
    expect(runRequestGuards(open, set(broken('fail-open')), reporter(events))).toBeUndefined();
    expect(open.verdicts).toEqual([{ part: 'guards', check: 'broken', outcome: 'error' }]);
    const closed = request(body);
    expect(() => runRequestGuards(closed, set(broken('fail-closed')), reporter(events))).toThrow("The request was blocked by the gateway's policy.");
    expect(closed.verdicts).toEqual([{ part: 'guards', check: 'broken', outcome: 'error', code: 'ERR_GUARD_BLOCKED' }]);
    expect(events.map((e) => [e.type, e.detail])).toEqual([
      ['guard.error', { guard: 'broken', direction: 'request', policy: 'fail-open', error: 'TypeError' }],
      ['guard.error', { guard: 'broken', direction: 'request', policy: 'fail-closed', error: 'TypeError' }],
      ['guard.blocked', { guard: 'broken', direction: 'request', reason: 'error' }],
    ]);
    expect(events[2]!.principal).toBe('key-1');
  });

  it('on a stream: fail-open lets it through unchanged, fail-closed cuts it', () => {
    const stream = Buffer.from('data: {"choices":[{"index":0,"delta":{"content":"hi"}}]}\n\ndata: [DONE]\n\n');
    const events: GatewayEvent[] = [];
    const openReq = request(body);
    const open = new SseGuardInspector(new ResponseRun(openReq, [broken('fail-open')], reporter(events)), 1 << 20);
    expect(open.chunk(stream)).toBeUndefined();
    expect(open.end()).toBeUndefined();
    expect(openReq.verdicts).toEqual([{ part: 'guards', check: 'broken', outcome: 'error' }]);
    const closed = new SseGuardInspector(new ResponseRun(request(body), [broken('fail-closed')], reporter(events)), 1 << 20);
    const result = closed.chunk(stream);
    expect(result).toBeInstanceOf(AisecError);
    expect((result as AisecError).code).toBe('ERR_GUARD_BLOCKED');
  });
});

describe('inspectors chained by composeParts', () => {
  it('an observer after a guard that holds bytes back sees them when they are released, in order', () => {
    const seen: string[] = [];
    const holder: ResponseInspector = {
      // Holds everything until the end.
      chunk: () => ({ send: Buffer.alloc(0) }),
      end: () => ({ send: Buffer.from('ab') }),
    };
    const observer: ResponseInspector = {
      chunk: (b) => void seen.push(b.toString()),
      end: () => void seen.push('end'),
    };
    const parts: GatewayPart[] = [
      { id: 'guards', stages: { responseGuard: () => holder } },
      { id: 'audit', stages: { responseGuard: () => observer } },
    ];
    const inspector = composeParts(parts).stages.responseGuard!({} as GatewayRequest, { status: 200, streaming: true })!;
    expect(inspector.chunk(Buffer.from('a'))).toEqual({ send: Buffer.alloc(0) });
    expect(inspector.chunk(Buffer.from('b'))).toEqual({ send: Buffer.alloc(0) });
    const last = inspector.end();
    expect(last !== undefined && isRelease(last) ? last.send.toString() : undefined).toBe('ab');
    expect(seen).toEqual(['ab', 'end']);
  });

  it('observe-only inspectors keep passing chunks untouched', () => {
    const counted: number[] = [];
    const observer = (): ResponseInspector => ({ chunk: (b) => void counted.push(b.length), end: () => undefined });
    const inspector = composeParts([{ id: 'a', stages: { responseGuard: observer } }, { id: 'b', stages: { responseGuard: observer } }]).stages.responseGuard!({} as GatewayRequest, { status: 200, streaming: true })!;
    expect(inspector.chunk(Buffer.from('xyz'))).toBeUndefined();
    expect(inspector.end()).toBeUndefined();
    expect(counted).toEqual([3, 3]);
  });
});
