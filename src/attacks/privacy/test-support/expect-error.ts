/** Assert that a call rejects with an AisecError of a given code and a message matching a pattern. */
import { expect } from 'vitest';
import { isAisecError, type ErrorCode } from '../../../core/errors.js';

export async function expectAisecError(run: () => Promise<unknown> | unknown, code: ErrorCode, message?: RegExp): Promise<void> {
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(isAisecError(caught), `expected an AisecError, got ${String(caught)}`).toBe(true);
  if (!isAisecError(caught)) return;
  expect(caught.code, caught.message).toBe(code);
  if (message) expect(caught.message).toMatch(message);
}
