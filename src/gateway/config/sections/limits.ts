/**
 * `limits:` — body sizes, and (per key and per route) requests and tokens per minute and
 * concurrency caps, in memory or shared through Redis.
 */
import { z } from 'zod';

const mib = 1024 * 1024;

/** A body-size limit in bytes. */
export const BodyLimitSchema = z.number().int().min(1).max(256 * mib);

/** The `limits` section. */
export const LimitsSchema = z
  .strictObject({
    maxBodyBytes: BodyLimitSchema.default(mib).describe('Default largest request body (bytes); larger gets 413 before it is read.'),
  })
  .describe('Limits.');
