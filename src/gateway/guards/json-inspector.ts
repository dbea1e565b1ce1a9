/**
 * Response guards on a JSON answer: the gateway holds the whole answer, the guards scan all of
 * its texts, and only then is it sent (or replaced by a 403 ERR_GUARD_BLOCKED error).
 */
import type { AisecError } from '../../core/errors.js';
import type { InspectorRelease, ResponseInspector } from '../pipeline/stages.js';
import { answerTexts } from './answer-texts.js';
import { unescapeJsonText } from './json-unescape.js';
import type { ResponseRun } from './response-run.js';

/** Runs the response guards over a JSON answer. */
export class JsonGuardInspector implements ResponseInspector {
  private readonly parts: Buffer[] = [];

  constructor(private readonly run: ResponseRun) {}

  chunk(bytes: Buffer): undefined {
    this.parts.push(bytes);
    return undefined;
  }

  end(): AisecError | InspectorRelease | undefined {
    let answer: unknown;
    try {
      const whole = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
      answer = JSON.parse(whole.toString('utf8'));
    } catch {
      const cut = this.run.failAll('error');
      if (cut) return cut;
      this.run.close();
      return undefined;
    }
    const texts = new Map<string, string>();
    answerTexts(answer, (channel, text, json) => {
      texts.set(channel, (texts.get(channel) ?? '') + (json ? unescapeJsonText('', text).text : text));
    });
    let total = 0;
    for (const text of texts.values()) total += text.length;
    const cut = this.run.checkSize(total);
    if (cut) return cut;
    for (const [channel, text] of texts) {
      const cut = this.run.whole(channel, text);
      if (cut) return cut;
    }
    this.run.close();
    return undefined;
  }
}
