/**
 * What a control refuses at the authorise stage. A refused caller sees a stable code and a
 * short message, never the reason an operator gave.
 *
 * `restricted` on an LLM route: the request may not ask for the knobs that make extraction
 * cheap, namely log-probabilities (`logprobs`, `top_logprobs`), `logit_bias`, several choices
 * (`n` > 1, `best_of` > 1) and `echo` (legacy completions return the prompt's log-probabilities
 * with it); embeddings, the model's whole output, are refused. Plain chat and completions,
 * streamed or not, go on.
 */
import { AisecError } from '../../core/errors.js';
import type { GatewayRequest } from '../pipeline/stages.js';

/** The refusal for a disabled model or route. */
export function disabledError(): AisecError {
  return new AisecError('ERR_MODEL_DISABLED', 'This model is switched off for now. Retry later, or ask the operator of this gateway.');
}

/** The refusal for an LLM request to a model in review mode (LLM answers cannot be held). */
export function reviewLlmError(): AisecError {
  return new AisecError('ERR_MODEL_DISABLED', 'This model is under human review and does not answer LLM requests for now. Retry later, or ask the operator of this gateway.');
}

/** The refusal for a restricted predict route whose answer the gateway cannot reduce to labels. */
export function restrictUnreadableError(): AisecError {
  return new AisecError('ERR_MODEL_DISABLED', 'This model is restricted to labels only and its answer could not be reduced to labels. Retry later, or ask the operator of this gateway.');
}

const positive = (v: unknown): boolean => typeof v === 'number' && v > 0;
const moreThanOne = (v: unknown): boolean => typeof v === 'number' && v > 1;

/** The extraction-relevant parameters a request body asks for. */
export function extractionKnobs(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const b = body as Record<string, unknown>;
  const asked: string[] = [];
  if (b.logprobs === true || positive(b.logprobs)) asked.push('logprobs');
  if (positive(b.top_logprobs)) asked.push('top_logprobs');
  if (typeof b.logit_bias === 'object' && b.logit_bias !== null && Object.keys(b.logit_bias).length > 0) asked.push('logit_bias');
  if (moreThanOne(b.n)) asked.push('n');
  if (moreThanOne(b.best_of)) asked.push('best_of');
  if (b.echo === true) asked.push('echo');
  return asked;
}

/** Refuse an LLM request a restriction does not allow (see the file comment). */
export function checkRestrictedLlm(req: GatewayRequest): void {
  if (req.endpoint === 'models') return;
  if (req.endpoint === 'embeddings') throw new AisecError('ERR_MODEL_DISABLED', 'This model is restricted and does not serve embeddings for now. Retry later, or ask the operator of this gateway.');
  const asked = extractionKnobs(req.json());
  if (asked.length > 0) {
    throw new AisecError('ERR_MODEL_DISABLED', `This model is restricted: requests may not ask for logprobs, top_logprobs, logit_bias, echo, n > 1 or best_of > 1 (this one asks for ${asked.join(', ')}). Send it without them.`);
  }
}
