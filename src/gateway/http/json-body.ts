/**
 * Parse a request body as JSON only when a stage needs it, after a byte scan that refuses
 * nesting deeper than a bound (so hostile bodies cannot make any later walk recurse deeply).
 */
import { AisecError } from '../../core/errors.js';

/** Deepest nesting accepted in a request body; real chat requests nest about 8 levels. */
export const maxJsonDepth = 64;

/** Parse `body` as JSON; throws ERR_USAGE (400) when it is not JSON or nests too deeply. */
export function parseJsonBody(body: Buffer, limit: number = maxJsonDepth): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) throw new AisecError('ERR_USAGE', `The request body nests deeper than ${limit} levels; send plain JSON.`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new AisecError('ERR_USAGE', 'The request body is not valid JSON; send a JSON object.');
  }
}
