/**
 * Response guards on a streamed (SSE) answer. The stream is split into whole events; each
 * event's texts are fed to the guards' scanners as they arrive, and the event is held until
 * every character it added is past the point each blocking guard holds from. Events are sent
 * unchanged and in order, so a benign stream reaches the client byte for byte; an event is
 * only delayed while its text might be the start of a violation. When a violation appears the
 * stream is cut: the held events are dropped and the gateway ends the stream with one SSE
 * error event (ERR_GUARD_BLOCKED), so the violating bytes never leave.
 */
import type { AisecError } from '../../core/errors.js';
import type { InspectorRelease, ResponseInspector } from '../pipeline/stages.js';
import { answerTexts } from './answer-texts.js';
import { unescapeJsonText } from './json-unescape.js';
import type { ResponseRun } from './response-run.js';
import { eventData, SseSplitter } from './sse-split.js';

/** Most channels (choices × texts and tool calls) followed in one answer. */
const MAX_CHANNELS = 256;

interface Channel {
  length: number;
  /** Tool-call arguments: an escape cut at the end of the last piece. */
  carry: string;
}

interface HeldEvent {
  readonly bytes: Buffer;
  /** Channel and the offset its text must be released up to before this event may go. */
  readonly needs: readonly (readonly [string, number])[];
}

/** Runs the response guards over an SSE stream. */
export class SseGuardInspector implements ResponseInspector {
  private readonly splitter = new SseSplitter();
  private readonly queue: HeldEvent[] = [];
  private queuedBytes = 0;
  private readonly channels = new Map<string, Channel>();

  constructor(
    private readonly run: ResponseRun,
    private readonly maxHeldBytes: number,
  ) {}

  chunk(bytes: Buffer): AisecError | InspectorRelease | undefined {
    const passThrough = this.queue.length === 0 && this.splitter.pending === 0;
    const events: Buffer[] = [];
    this.splitter.push(bytes, events);
    for (const event of events) {
      const cut = this.take(event);
      if (cut) return cut;
    }
    if (this.queuedBytes + this.splitter.pending > this.maxHeldBytes) {
      const cut = this.run.failAll('not-scanned', true);
      if (cut) return cut;
    }
    const released = this.release(false);
    if (passThrough && this.queue.length === 0 && this.splitter.pending === 0) return undefined;
    return { send: released };
  }

  end(): AisecError | InspectorRelease | undefined {
    const rest = this.splitter.rest();
    if (rest.length > 0) {
      const cut = this.take(rest);
      if (cut) return cut;
    }
    const cut = this.finishAll();
    if (cut) return cut;
    this.run.close();
    const released = this.release(true);
    return released.length === 0 ? undefined : { send: released };
  }

  /** Feed one event's texts to the guards and queue it. */
  private take(event: Buffer): AisecError | undefined {
    const data = eventData(event);
    const needs: (readonly [string, number])[] = [];
    if (data === '[DONE]') {
      const cut = this.finishAll();
      if (cut) return cut;
    } else if (data !== undefined && data !== '') {
      let answer: unknown;
      try {
        answer = JSON.parse(data);
      } catch {
        answer = undefined;
      }
      if (answer === undefined) {
        const cut = this.run.failAll('error');
        if (cut) return cut;
      } else {
        let cut: AisecError | undefined;
        answerTexts(answer, (name, text, json) => {
          if (cut !== undefined) return;
          let channel = this.channels.get(name);
          if (channel === undefined) {
            if (this.channels.size >= MAX_CHANNELS) {
              cut = this.run.failAll('not-scanned');
              return;
            }
            channel = { length: 0, carry: '' };
            this.channels.set(name, channel);
          }
          let piece = text;
          if (json) {
            const decoded = unescapeJsonText(channel.carry, text);
            piece = decoded.text;
            channel.carry = decoded.carry;
          }
          channel.length += piece.length;
          if (piece.length > 0) cut = this.run.push(name, piece, channel.length);
          // An escape still open belongs to this event: hold it until its character is known.
          needs.push([name, channel.length + (channel.carry === '' ? 0 : 1)]);
        });
        if (cut) return cut;
      }
    }
    this.queue.push({ bytes: event, needs });
    this.queuedBytes += event.length;
    return undefined;
  }

  /** Every channel has ended. */
  private finishAll(): AisecError | undefined {
    for (const [name, channel] of this.channels) {
      if (channel.carry !== '') {
        const cut = this.run.push(name, channel.carry, (channel.length += channel.carry.length));
        channel.carry = '';
        if (cut) return cut;
      }
      const cut = this.run.finish(name);
      if (cut) return cut;
    }
    return undefined;
  }

  /** The queued events that may go now (all of them when `all`), in order. */
  private release(all: boolean): Buffer {
    let n = 0;
    for (; n < this.queue.length; n++) {
      if (all) continue;
      const held = this.queue[n]!;
      let ok = true;
      for (const [name, end] of held.needs) {
        const channel = this.channels.get(name)!;
        const limit = channel.carry === '' ? this.run.safe(name, channel.length) : Math.min(this.run.safe(name, channel.length), channel.length);
        if (end > limit) {
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    if (n === 0) return Buffer.alloc(0);
    const out = n === 1 ? this.queue[0]!.bytes : Buffer.concat(this.queue.slice(0, n).map((e) => e.bytes));
    this.queue.splice(0, n);
    this.queuedBytes -= out.length;
    return out;
  }
}
