/**
 * `audit:` — the tamper-evident audit log (a Merkle tree log with signed tree heads, in the
 * style of Certificate Transparency). See docs/gateway/audit-log.md.
 */
import { z } from 'zod';

const mib = 1024 * 1024;

/** The `audit` section. */
export const AuditSchema = z
  .strictObject({
    dir: z
      .string()
      .min(1)
      .max(2000)
      .refine((p) => !p.includes('\0'), 'a folder path cannot contain NUL')
      .default('audit')
      .describe('Folder of the log (entries.log, checkpoints.log, log.json), relative to this file\'s folder. One gateway per folder. Applies on restart.'),
    signingKey: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe('PEM private key (Ed25519 or ECDSA, e.g. from `aisec keys generate`) that signs tree heads, relative to this file\'s folder. Omitted: heads are unsigned and /healthz says so. Applies on restart.'),
    checkpointEvery: z
      .strictObject({
        entries: z.number().int().min(1).max(10_000_000).default(1000).describe('Append a signed tree head after this many new entries.'),
        seconds: z.number().int().min(1).max(86_400).default(10).describe('…or after this many seconds when there are new entries.'),
      })
      .prefault({})
      .describe('When signed tree heads are appended (also on every graceful shutdown). Applies on restart.'),
    fsyncMs: z.number().int().min(10).max(60_000).default(1000).describe('How often written entries are flushed to disk (fdatasync); what a power loss can take. Applies on restart.'),
    batchMs: z.number().int().min(0).max(100).default(0).describe('0: each entry is written as it is made (a request\'s entry before the last bytes of its response are sent); more: gathered for this many ms per write (fewer writes, more lost on a crash). Applies on restart.'),
    includeContent: z.boolean().default(false).describe('Also record the request and response bodies (first maxContentBytes of each). Off by default: prompts and answers may hold personal data.'),
    maxContentBytes: z.number().int().min(1).max(mib).default(4096).describe('With includeContent, bytes of each body kept.'),
    onWriteError: z
      .enum(['fail-closed', 'fail-open'])
      .default('fail-closed')
      .describe('When entries cannot be written (disk full, I/O error): fail-closed refuses new requests with 503 ERR_GATEWAY_STATE and makes /readyz fail until writing works again; fail-open keeps serving (entries queue in memory up to 64 MiB, beyond that they are lost and counted).'),
  })
  .describe('The tamper-evident audit log.');

/** A validated `audit` section. */
export type AuditConfig = z.output<typeof AuditSchema>;
