import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTemplate, fillTemplate } from './json-template.js';

const values = { prompt: 'hi', messages: [{ role: 'user', content: 'hi' }], system: 'be nice', session: null };

describe('checkTemplate', () => {
  it('lists the placeholders a template uses', () => {
    const check = checkTemplate({ input: '{{prompt}}', history: '{{ messages }}', meta: { note: 'system: {{system}}', n: 1, ok: true, none: null } });
    expect(check.problems).toEqual([]);
    expect([...check.uses].sort()).toEqual(['messages', 'prompt', 'system']);
  });

  it('names unknown placeholders, {{messages}} inside text, and values that are not JSON', () => {
    const check = checkTemplate({ a: ['{{promt}}'], b: 'all: {{messages}}', c: Number.NaN, d: () => 1 });
    expect(check.problems).toEqual([
      'body.a[0] uses {{promt}}; the placeholders are {{prompt}}, {{messages}}, {{system}}, {{session}}',
      'body.b: {{messages}} is a list and must be the whole value ("{{messages}}"), not part of a text',
      'body.c is not a finite number',
      'body.d is function, not a JSON value',
    ]);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    let deep: unknown = '{{prompt}}';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(checkTemplate(deep).problems[0]).toMatch(/nests deeper than 32/);
  });
});

describe('fillTemplate', () => {
  it('places whole-value placeholders as JSON values and embedded ones as text', () => {
    expect(fillTemplate({ input: '{{prompt}}', history: '{{messages}}', sid: '{{session}}', text: '[{{system}}] {{prompt}}', keep: [1, true, null] }, values)).toEqual({
      input: 'hi',
      history: [{ role: 'user', content: 'hi' }],
      sid: null,
      text: '[be nice] hi',
      keep: [1, true, null],
    });
  });

  it('keeps __proto__ a plain key and leaves the template unchanged', () => {
    const template = JSON.parse('{"__proto__": {"polluted": "{{prompt}}"}, "x": "{{prompt}}"}') as unknown;
    const filled = fillTemplate(template, values) as Record<string, unknown>;
    expect(Object.hasOwn(filled, '__proto__')).toBe(true);
    expect(JSON.parse(JSON.stringify(filled))).toEqual({ ['__proto__']: { polluted: 'hi' }, x: 'hi' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(template)).toContain('{{prompt}}');
  });

  it('sends any prompt as the literal text it is (quotes, braces, placeholders inside it)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('{{system}}', '"}, "admin": true, "x": "', '{{messages}}', '\\u0000')), (prompt) => {
        const body = JSON.parse(JSON.stringify(fillTemplate({ input: '{{prompt}}', wrapped: 'User: {{prompt}}' }, { ...values, prompt }))) as Record<string, unknown>;
        expect(Object.keys(body)).toEqual(['input', 'wrapped']);
        expect(body.input).toBe(prompt);
        expect(body.wrapped).toBe(`User: ${prompt}`);
      }),
    );
  });
});
