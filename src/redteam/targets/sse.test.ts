import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSseParser, type SseEvent } from './sse.js';

function parseAll(chunks: readonly string[]): { events: SseEvent[]; cut: boolean } {
  const parser = createSseParser();
  const events: SseEvent[] = [];
  for (const chunk of chunks) events.push(...parser.push(chunk));
  const end = parser.finish();
  return { events: [...events, ...end.events], cut: end.cut };
}

describe('createSseParser', () => {
  it('reads data events, joins multi-line data, skips comments and other fields', () => {
    const text = ': keep-alive\n\ndata: {"a":1}\n\nevent: delta\nid: 7\nretry: 10\ndata: line one\ndata:line two\n\ndata\n\n';
    expect(parseAll([text])).toEqual({
      events: [
        { event: 'message', data: '{"a":1}' },
        { event: 'delta', data: 'line one\nline two' },
        { event: 'message', data: '' },
      ],
      cut: false,
    });
  });

  it('accepts LF, CRLF and CR line ends, even with a CRLF split across chunks', () => {
    expect(parseAll(['data: a\r', '\n\r', '\ndata: b\r\rdata: c\n\n']).events.map((e) => e.data)).toEqual(['a', 'b', 'c']);
    expect(parseAll(['data: a\r\r']).events.map((e) => e.data)).toEqual(['a']);
  });

  it('reports a stream cut inside an event and drops the unfinished event', () => {
    expect(parseAll(['data: {"a":1}\n\ndata: {"b"'])).toEqual({ events: [{ event: 'message', data: '{"a":1}' }], cut: true });
    expect(parseAll(['data: x\n'])).toEqual({ events: [], cut: true });
    expect(parseAll(['data: x\n\n'])).toEqual({ events: [{ event: 'message', data: 'x' }], cut: false });
    expect(parseAll([])).toEqual({ events: [], cut: false });
  });

  it('does not care where the chunks are split', () => {
    const line = fc.stringMatching(/^[a-z{}":, 0-9[\]]{0,20}$/);
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 6 }), (events, cuts) => {
        const text = events.map(([data, end]) => `data: ${data}${end}${end}`).join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let at = 0;
        for (const p of points) {
          chunks.push(text.slice(at, p));
          at = p;
        }
        chunks.push(text.slice(at));
        expect(parseAll(chunks)).toEqual(parseAll([text]));
        expect(parseAll([text]).events.map((e) => e.data)).toEqual(events.map(([data]) => data));
      }),
    );
  });
});
