/** The code and message of any thrown value, as an attempt outcome records them. */
import { isAisecError } from '../../core/errors.js';

/** `{ code, message }` of an error; ERR_INTERNAL for anything that is not an AisecError. */
export function errorFields(error: unknown): { code: string; message: string } {
  if (isAisecError(error)) return { code: error.code, message: error.message };
  return { code: 'ERR_INTERNAL', message: errorMessage(error) };
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
