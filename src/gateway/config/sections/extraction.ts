/**
 * `routes[].extraction:` (predict routes) — output hardening and the per-key query-pattern
 * monitor that defends a classic model against extraction.
 */
import { z } from 'zod';

/** The `extraction` field of a predict route. */
export const ExtractionSchema = z.strictObject({}).describe('Extraction defence of a classic model.');
