/**
 * `state:` — where the gateway keeps what must survive a restart (API keys, model controls,
 * the review queue): the aisec store, SQLite by default or PostgreSQL.
 */
import { z } from 'zod';

/** The `state` section. */
export const StateSchema = z
  .strictObject({
    database: z
      .string()
      .min(1)
      .max(2000)
      .default('.aisec/gateway.db')
      .describe('SQLite file (relative to this file\'s folder) or a postgres:// URL (write a password as ${env:NAME}).'),
  })
  .describe('Where keys, model controls and the review queue are kept.');
