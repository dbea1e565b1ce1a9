/**
 * `routes[].review:` (predict routes) — which decisions review mode holds for a person
 * (below a confidence threshold, or in declared high-impact classes).
 */
import { z } from 'zod';

/** The `review` field of a predict route. */
export const ReviewSchema = z.strictObject({}).describe('Human review of a classic model\'s decisions.');
