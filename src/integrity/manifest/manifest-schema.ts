/**
 * The `aisec.manifest/v1` format: per-file SHA-256 and size, and for tabular files a Merkle
 * tree over fixed-size row chunks. This zod schema is its only definition.
 */
import { z } from 'zod';
import { unsafeRelativePathReason } from '../posix-path.js';
import { printable } from '../printable.js';

/** The version string every manifest carries. */
export const MANIFEST_VERSION = 'aisec.manifest/v1';

/** Default data records per chunk. */
export const DEFAULT_CHUNK_ROWS = 1000;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (a SHA-256)');
const Count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** A relative POSIX path that cannot leave its folder (no `..`, no leading `/`, no empty segment). */
export const ManifestPathSchema = z.string().superRefine((value, ctx) => {
  const reason = unsafeRelativePathReason(value);
  if (reason) ctx.addIssue({ code: 'custom', message: `path ${printable(JSON.stringify(value.slice(0, 200)))} ${reason}` });
});

/** One chunk of data records of a tabular file. */
export const ManifestChunkSchema = z
  .strictObject({
    rows: z.number().int().positive().describe('Data records in the chunk.'),
    bytes: Count.describe('Bytes in the chunk.'),
    leaf: Hex64.describe('RFC 6962 leaf hash: SHA-256(0x00 ‖ the chunk bytes).'),
  })
  .describe('A chunk of consecutive data records.');

/** The row-chunk Merkle tree of a CSV, TSV or JSON Lines file. */
export const ManifestTabularSchema = z
  .strictObject({
    format: z.enum(['csv', 'tsv', 'jsonl']).describe('Format detected from content when the manifest was made.'),
    delimiter: z.enum([',', ';', '\t']).optional().describe('Field delimiter (CSV/TSV): where a quoted field may start.'),
    header: z.boolean().describe('Whether the first record is a header, hashed as its own leaf.'),
    headerChunk: z.strictObject({ bytes: Count, leaf: Hex64 }).nullable().describe('The header leaf; null when there is no header or the file is empty.'),
    rows: Count.describe('Data records, header excluded.'),
    root: Hex64.describe('RFC 6962 Merkle tree hash over the header leaf (if any) and the chunk leaves, in order.'),
    chunks: z.array(ManifestChunkSchema).describe('Chunks in file order; chunk i holds data records [i × chunkRows, (i + 1) × chunkRows).'),
  })
  .describe('Row chunks of a tabular file.');

/** One file of the manifest. */
export const ManifestFileSchema = z
  .strictObject({
    path: ManifestPathSchema.describe('Path relative to the manifested folder, `/`-separated (the file name for a single file).'),
    size: Count.describe('Size in bytes.'),
    sha256: Hex64.describe('SHA-256 of the whole file.'),
    tabular: ManifestTabularSchema.optional(),
  })
  .describe('A file and its digests.');

/** The whole manifest. */
export const ManifestSchema = z
  .strictObject({
    version: z.literal(MANIFEST_VERSION),
    tool: z.strictObject({ name: z.literal('aisec'), version: z.string().max(100) }),
    createdAt: z.iso.datetime(),
    subject: z.strictObject({
      name: z.string().min(1).max(255).describe('Name of the manifested file or folder (informative).'),
      type: z.enum(['file', 'folder']),
    }),
    digest: z
      .strictObject({ sha256: Hex64 })
      .describe('SHA-256 over the raw 32-byte digests of the files in path order: the subject digest of an OpenSSF model signature of the same folder.'),
    contentSha256: Hex64.describe('SHA-256 of the canonical form of subject.type, chunkRows, ignore and files: catches edits no other check can place (an ignore path added to hide a file).'),
    chunkRows: z.number().int().min(1).max(10_000_000).describe('Data records per chunk.'),
    ignore: z.array(ManifestPathSchema).max(1000).describe('Paths left out of the manifest (with everything below them).'),
    files: z.array(ManifestFileSchema).describe('Every file, in path order.'),
  })
  .describe('aisec data manifest, version 1.');

/** A manifest as read or written. */
export type Manifest = z.output<typeof ManifestSchema>;
/** One file entry of a manifest. */
export type ManifestFile = z.output<typeof ManifestFileSchema>;
/** The tabular part of a file entry. */
export type ManifestTabular = z.output<typeof ManifestTabularSchema>;
