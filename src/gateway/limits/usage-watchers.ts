/**
 * Response inspectors that count an LLM answer's tokens as it passes, for the limits part (to
 * charge a request) and the GenAI metrics (gen_ai.client.token.usage). They only watch: they
 * never hold, replace or cut bytes, so a JSON answer is not held for them. A JSON answer's
 * chunks are kept (by reference, up to {@link maxCountedJsonBytes}) and counted once, when it
 * ends; a stream is counted line by line as it passes.
 */
import type { ResponseInspector } from '../pipeline/stages.js';
import { countJsonAnswer, SseCounter, type AnswerCount } from './tokens.js';

/** Largest JSON answer whose tokens are counted (a larger one is passed on uncounted). */
export const maxCountedJsonBytes = 32 * 1024 * 1024;

/** A count that can be finished early, when the response closed before its end was seen. */
export interface SettlingCount extends AnswerCount {
  /** Count what has been seen so far, once; later calls do nothing. */
  settle(): void;
}

/** Watches a streamed answer go by, counting its `data:` events. */
export class SseCounting implements ResponseInspector {
  readonly watchOnly = true;
  readonly count = new SseCounter();

  chunk(bytes: Buffer): undefined {
    this.count.push(bytes);
    return undefined;
  }

  end(): undefined {
    this.count.settle();
    return undefined;
  }
}

/** Watches a JSON answer go by and counts it when it ends; it is its own count. */
export class JsonCounting implements ResponseInspector, SettlingCount {
  readonly watchOnly = true;
  usage: number | undefined = undefined;
  inputTokens: number | undefined = undefined;
  outputTokens: number | undefined = undefined;
  generatedChars = 0;
  #chunks: Buffer[] | undefined = [];
  #bytes = 0;

  get count(): SettlingCount {
    return this;
  }

  chunk(bytes: Buffer): undefined {
    const chunks = this.#chunks;
    if (chunks === undefined) return undefined;
    this.#bytes += bytes.length;
    if (this.#bytes > maxCountedJsonBytes) this.#chunks = undefined;
    else chunks.push(bytes);
    return undefined;
  }

  end(): undefined {
    this.settle();
    return undefined;
  }

  settle(): void {
    const chunks = this.#chunks;
    if (chunks === undefined) return;
    this.#chunks = undefined;
    if (chunks.length === 0) return;
    const seen = countJsonAnswer(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.#bytes));
    this.usage = seen.usage;
    this.inputTokens = seen.inputTokens;
    this.outputTokens = seen.outputTokens;
    this.generatedChars = seen.generatedChars;
  }
}

/** A counting watcher for an answer: a stream's or a JSON body's. */
export function usageWatcher(streaming: boolean): SseCounting | JsonCounting {
  return streaming ? new SseCounting() : new JsonCounting();
}
