import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AisecError, isAisecError } from '../../core/errors.js';
import { maxTemplateFileBytes, parseTemplateText, readTemplateFile } from './http-template-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aisec-template-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function problem(text: string): string {
  try {
    parseTemplateText(text, 'chat.yaml');
  } catch (error) {
    expect(isAisecError(error, 'ERR_PROBE_TARGET')).toBe(true);
    return (error as AisecError).message;
  }
  throw new Error('expected the template to be refused');
}

describe('HTTP target template files', () => {
  it('reads a YAML template into target options', () => {
    const options = parseTemplateText(
      ['url: http://127.0.0.1:8080/chat', 'apiKeyEnv: BOT_KEY', 'body: { message: "{{prompt}}", session: "{{session}}" }', 'response: { content: reply.text, toolCalls: reply.calls }', 'sessionPath: session_id', 'mode: opaque'].join('\n'),
      'chat.yaml',
    );
    expect(options).toEqual({
      url: 'http://127.0.0.1:8080/chat',
      apiKeyEnv: 'BOT_KEY',
      body: { message: '{{prompt}}', session: '{{session}}' },
      response: { content: 'reply.text', toolCalls: 'reply.calls' },
      sessionPath: 'session_id',
      mode: 'opaque',
    });
  });

  it('reads JSON too', () => {
    const options = parseTemplateText('{"url": "https://bot.example/api", "body": {"messages": "{{messages}}"}, "response": {"content": "choices.0.message.content"}}', 'chat.json');
    expect(options.response?.content).toBe('choices.0.message.content');
  });

  it('reads a stream mapping, with or without a response mapping, and names its wrong fields', () => {
    const options = parseTemplateText(['url: http://127.0.0.1:8080/chat', 'body: { q: "{{prompt}}" }', 'stream: { format: sse, path: choices.0.delta.content, done: "[DONE]" }'].join('\n'), 'chat.yaml');
    expect(options).toEqual({ url: 'http://127.0.0.1:8080/chat', body: { q: '{{prompt}}' }, stream: { format: 'sse', path: 'choices.0.delta.content', done: '[DONE]' } });
    expect(parseTemplateText('url: http://x/\nbody: {q: "{{prompt}}"}\nresponse: { content: a }\nstream: { format: ndjson, path: message.content, donePath: done }', 'c.yaml')).toMatchObject({
      response: { content: 'a' },
      stream: { format: 'ndjson', path: 'message.content', donePath: 'done' },
    });
    expect(problem('url: http://x/\nbody: {a: 1}\nstream: { format: xml, path: a }')).toContain('stream.format:');
    expect(problem('url: http://x/\nbody: {a: 1}\nstream: { format: sse }')).toContain('stream.path: is required');
    expect(problem('url: http://x/\nbody: {a: 1}\nstream: { format: sse, path: a, dne: x }')).toContain('stream.dne: unknown field; did you mean "done"?');
  });

  it('names every missing or wrong field, with a did-you-mean for a misspelt one', () => {
    const message = problem('url: http://127.0.0.1/chat\nbody: { q: "{{prompt}}" }\nrespone: { content: text }\nmode: sideways');
    expect(message).toContain('chat.yaml is not a valid HTTP target template');
    expect(message).toContain('respone: unknown field; did you mean "response"?');
    expect(message).toContain('response: is required');
    expect(message).toContain('mode:');
    expect(problem('url: http://x/\nresponse: { content: a }')).toContain('body: is required');
    expect(problem('url: http://x/\nbody: {a: 1}\nresponse: { content: a, toolcall: b }')).toContain('response.toolcall: unknown field; did you mean "toolCalls"?');
    expect(problem('url: http://x/\nbody: {a: 1}\nresponse: { content: a }\napiKeyEnv: "my key"')).toContain('apiKeyEnv: must be the name of an environment variable');
  });

  it('refuses what is not a mapping, not YAML, or nested without bound', () => {
    expect(problem('- a\n- b')).toContain('must hold a mapping');
    expect(problem('url: [unclosed')).toContain('neither JSON nor YAML');
    expect(problem('url: !secret http://x/\nbody: {a: 1}\nresponse: { content: a }')).toContain('neither JSON nor YAML');
    expect(problem(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toContain('nests deeper than');
    expect(problem('a: &x [1, 2]\nb: [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x]')).toBeTruthy();
  });

  it('refuses a missing or oversized file, naming it', async () => {
    await expect(readTemplateFile(path.join(dir, 'none.yaml'))).rejects.toMatchObject({ code: 'ERR_TARGET_NOT_FOUND' });
    const big = path.join(dir, 'big.yaml');
    await writeFile(big, `# ${'x'.repeat(maxTemplateFileBytes)}`);
    await expect(readTemplateFile(big)).rejects.toThrow(/may hold at most/);
    await expect(readTemplateFile(dir)).rejects.toThrow(/is not a file/);
  });

  it('never fails with anything but a clear template error, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.json({ maxDepth: 6 })), (text) => {
        try {
          parseTemplateText(text, 'fuzz.yaml');
        } catch (error) {
          expect(isAisecError(error, 'ERR_PROBE_TARGET')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
