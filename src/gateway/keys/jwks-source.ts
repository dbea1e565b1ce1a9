/**
 * The JWKS file as the gateway uses it: read at start (a broken file stops the start with
 * ERR_GATEWAY_CONFIG), then looked at again with `stat` on every refresh tick and re-read when
 * its size, time or inode changed. A broken new version keeps the previous keys in force and is
 * reported once (log and `auth.jwks-rejected` event) until the file changes again.
 */
import { open, stat } from 'node:fs/promises';
import { AisecError } from '../../core/errors.js';
import { maxJwksBytes, parseJwks, type KeySet } from './jwks.js';

/** Read at most `max + 1` bytes of `file`, so an oversized file is noticed without reading it all. */
async function readBounded(file: string, max: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(max + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Load and parse a JWKS file; every problem is an ERR_GATEWAY_CONFIG naming it. */
export async function loadJwks(file: string): Promise<KeySet> {
  let bytes: Buffer;
  try {
    bytes = await readBounded(file, maxJwksBytes);
  } catch (cause) {
    throw new AisecError('ERR_GATEWAY_CONFIG', `The JWKS file ${file} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}); check auth.jwt.jwks (relative to the configuration's folder).`, {
      cause,
      details: { file },
    });
  }
  return parseJwks(bytes, file);
}

/** A JWKS file kept current. */
export class JwksSource {
  readonly file: string;
  #keys: KeySet;
  #stamp: string;
  #loadedAt: number;
  #problem: string | undefined;
  #rejectedStamp: string | undefined;
  /** Bumped on every successful reload, so caches of verified tokens can be dropped. */
  generation = 0;

  private constructor(file: string, keys: KeySet, stamp: string, now: number) {
    this.file = file;
    this.#keys = keys;
    this.#stamp = stamp;
    this.#loadedAt = now;
  }

  /** Read `file` now; throws ERR_GATEWAY_CONFIG when it is missing or broken. */
  static async open(file: string, now: number): Promise<JwksSource> {
    const stamp = await stampOf(file).catch(() => '');
    return new JwksSource(file, await loadJwks(file), stamp, now);
  }

  get keys(): KeySet {
    return this.#keys;
  }

  /** Health detail. */
  status(now: number): Record<string, unknown> {
    return { file: this.file, keys: this.#keys.keys.length, loadedAgoMs: now - this.#loadedAt, ...(this.#problem ? { problem: this.#problem } : {}) };
  }

  /**
   * Re-read the file when it changed. Resolves to a problem message the first time a changed
   * file fails to load (the old keys stay), otherwise undefined.
   */
  async check(now: number): Promise<string | undefined> {
    let stamp: string;
    try {
      stamp = await stampOf(this.file);
    } catch (error) {
      stamp = `missing:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
    }
    if (stamp === this.#stamp || stamp === this.#rejectedStamp) return undefined;
    try {
      const keys = await loadJwks(this.file);
      this.#keys = keys;
      this.#stamp = stamp;
      this.#loadedAt = now;
      this.#problem = undefined;
      this.#rejectedStamp = undefined;
      this.generation++;
      return undefined;
    } catch (error) {
      this.#rejectedStamp = stamp;
      this.#problem = error instanceof AisecError ? error.message : String(error);
      return this.#problem;
    }
  }
}

async function stampOf(file: string): Promise<string> {
  const s = await stat(file, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}
