import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAisecError } from '../../core/errors.js';
import type { ExchangeSettings } from './http-exchange.js';
import { createLineSplitter } from './ndjson.js';
import { readTemplateStream, type TemplateStreamSpec } from './template-stream.js';

const settings: ExchangeSettings = { label: 'app', secrets: [], url: 'http://127.0.0.1:1/chat', method: 'POST', headers: {}, maxResponseBytes: 1 << 20 };

/** A response whose body delivers `bytes` in the pieces that `cuts` (sorted offsets) make. */
function responseOf(bytes: Uint8Array, cuts: readonly number[]): Response {
  const borders = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length];
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i + 1 >= borders.length) controller.close();
      else controller.enqueue(bytes.slice(borders[i]!, borders[++i]!));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

const sseSpec: TemplateStreamSpec = { format: 'sse', path: ['choices', '0', 'delta', 'content'], pathText: 'choices.0.delta.content', done: '[DONE]', expectDone: true };
const ndjsonSpec: TemplateStreamSpec = { format: 'ndjson', path: ['message', 'content'], pathText: 'message.content', donePath: ['done'], expectDone: true };

const pieces = fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 12 });

describe('readTemplateStream', () => {
  it('assembles the same text from an SSE stream however its bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(pieces, fc.array(fc.nat(2000), { maxLength: 40 }), async (texts, cuts) => {
        const stream = `${texts.map((t) => `data: ${JSON.stringify({ choices: [{ delta: { content: t } }] })}\n\n`).join('')}data: [DONE]\n\n`;
        const got = await readTemplateStream(settings, responseOf(new TextEncoder().encode(stream), cuts), new AbortController().signal, sseSpec, 1e6);
        // Lone surrogates cannot be encoded as UTF-8: JSON escapes them, so they arrive as written.
        expect(got).toEqual({ content: texts.join(''), truncated: false });
      }),
      { numRuns: 150 },
    );
  });

  it('assembles the same text from an NDJSON stream however its bytes are cut, CRLF line ends included', async () => {
    await fc.assert(
      fc.asyncProperty(pieces, fc.array(fc.nat(2000), { maxLength: 40 }), fc.boolean(), async (texts, cuts, crlf) => {
        const end = crlf ? '\r\n' : '\n';
        const stream = `${texts.map((t) => `${JSON.stringify({ message: { content: t }, done: false })}${end}`).join('')}${JSON.stringify({ done: true })}${end}`;
        const got = await readTemplateStream(settings, responseOf(new TextEncoder().encode(stream), cuts), new AbortController().signal, ndjsonSpec, 1e6);
        expect(got).toEqual({ content: texts.join(''), truncated: false });
      }),
      { numRuns: 150 },
    );
  });

  it('never throws anything but ERR_ENDPOINT_RESPONSE on arbitrary bytes, and keeps within the caps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(400), { maxLength: 10 }), fc.constantFrom(sseSpec, ndjsonSpec), async (bytes, cuts, spec) => {
        try {
          const got = await readTemplateStream({ ...settings, maxResponseBytes: 200 }, responseOf(bytes, cuts), new AbortController().signal, spec, 50);
          expect(got.content.length).toBeLessThanOrEqual(50);
        } catch (error) {
          expect(isAisecError(error, 'ERR_ENDPOINT_RESPONSE')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('createLineSplitter', () => {
  it('gives the same lines however the text is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }).filter((s) => !s.includes('\n') && !s.includes('\r') && s.trim() !== ''), { maxLength: 10 }), fc.array(fc.nat(100), { maxLength: 10 }), (lines, cuts) => {
        const text = lines.map((l) => `${l}\r\n`).join('');
        const borders = [0, ...[...new Set(cuts)].filter((c) => c < text.length).sort((a, b) => a - b), text.length];
        const splitter = createLineSplitter();
        const got: string[] = [];
        for (let i = 0; i + 1 < borders.length; i++) got.push(...splitter.push(text.slice(borders[i], borders[i + 1])));
        expect(got).toEqual(lines);
        expect(splitter.finish().rest).toBeUndefined();
      }),
    );
  });

  it('skips blank lines and returns an unfinished last line', () => {
    const splitter = createLineSplitter();
    expect(splitter.push('{"a":1}\n\n  \n{"b"')).toEqual(['{"a":1}']);
    expect(splitter.push(':2}')).toEqual([]);
    expect(splitter.finish().rest).toBe('{"b":2}');
  });
});
