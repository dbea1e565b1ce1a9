import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect } from './pump.js';

describe('collect', () => {
  it('reads a body of one chunk or many, or nothing', async () => {
    expect((await collect(Readable.from([Buffer.from('abc')]), 10))!.toString()).toBe('abc');
    expect((await collect(Readable.from([Buffer.from('ab'), Buffer.from('cd'), Buffer.from('e')]), 10))!.toString()).toBe('abcde');
    expect((await collect(Readable.from([]), 10))!.length).toBe(0);
  });

  it('gives undefined and destroys the body past the limit', async () => {
    const body = new PassThrough();
    const read = collect(body, 4);
    body.write(Buffer.from('abc'));
    body.write(Buffer.from('def'));
    expect(await read).toBeUndefined();
    expect(body.destroyed).toBe(true);
  });

  it('rejects when the body fails or is destroyed before its end, never hangs', async () => {
    const failing = new PassThrough();
    const a = collect(failing, 100);
    failing.write(Buffer.from('ab'));
    failing.destroy(new Error('upstream reset'));
    await expect(a).rejects.toThrow('upstream reset');
    const cut = new PassThrough();
    const b = collect(cut, 100);
    cut.write(Buffer.from('ab'));
    cut.destroy();
    await expect(b).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });
});
