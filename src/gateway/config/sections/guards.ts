/**
 * `guards:` — request guards (prompt injection, personal data and secrets, size and language
 * policy) and response guards (leaks, canaries, markdown links), each with its fail policy and
 * time budget.
 */
import { z } from 'zod';

/** The `guards` section. */
export const GuardsSchema = z.strictObject({}).describe('Request and response guards.');
