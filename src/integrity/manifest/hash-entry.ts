/**
 * Hash one file for a manifest in a single read: the whole-file SHA-256 and, for CSV, TSV and
 * JSON Lines, the row-chunk Merkle tree, fed from the same `hashFile` buffers.
 */
import { sniffFormat } from '../../inventory/index.js';
import { hashFile } from '../hash-file.js';
import type { ManifestFile, ManifestTabular } from './manifest-schema.js';
import { RowChunker, type ChunkedFile, type ChunkingSpec } from './row-chunker.js';

/** Bytes of the first chunk the format is decided from (the sniffer's window). */
const SNIFF_BYTES = 64 * 1024;

/** Options of {@link hashEntry}. */
export interface HashEntryOptions {
  /** Records per chunk when the file turns out to be tabular. */
  readonly chunkRows: number;
  /**
   * How to chunk, decided beforehand (verification re-uses the manifest's), or `null` for no
   * chunking; when undefined the format is detected from the content.
   */
  readonly chunking?: ChunkingSpec | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (bytesDone: number, total: number) => void;
}

/**
 * Decide from a file's first bytes whether and how to chunk it: CSV and TSV (first record a
 * header), JSON Lines (no header). The content decides, never the name: a `.csv` holding
 * binary data is hashed whole.
 */
export function detectChunking(head: Uint8Array, fileName: string, chunkRows: number): ChunkingSpec | null {
  const { format } = sniffFormat(head.subarray(0, SNIFF_BYTES), fileName);
  if (format === 'jsonl') return { format, header: false, chunkRows };
  if (format === 'tsv') return { format, delimiter: '\t', header: true, chunkRows };
  if (format === 'csv') return { format, delimiter: csvDelimiter(head), header: true, chunkRows };
  return null;
}

/** `;` when the first record has more semicolons than commas outside quotes, else `,`. */
function csvDelimiter(head: Uint8Array): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < Math.min(head.length, SNIFF_BYTES); i++) {
    const c = head[i];
    if (c === 0x22) quoted = !quoted;
    else if (!quoted && c === 0x0a) break;
    else if (!quoted && c === 0x2c) commas++;
    else if (!quoted && c === 0x3b) semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * The manifest entry of one file, read once.
 *
 * @example
 * const entry = await hashEntry('/data/train.csv', 'train.csv', { chunkRows: 1000 });
 * entry.tabular?.rows // 48842
 */
export async function hashEntry(absPath: string, path: string, options: HashEntryOptions): Promise<ManifestFile> {
  const baseName = path.slice(path.lastIndexOf('/') + 1);
  let spec: ChunkingSpec | null | undefined = options.chunking;
  let chunker: RowChunker | undefined = spec ? new RowChunker(spec) : undefined;
  const digest = await hashFile(absPath, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onData: (bytes) => {
      if (spec === undefined) {
        // The first read holds min(file, 4 MiB) bytes: the whole window the sniffer looks at.
        spec = detectChunking(bytes, baseName, options.chunkRows);
        if (spec) chunker = new RowChunker(spec);
      }
      chunker?.update(bytes);
    },
  });
  return toEntry(path, digest.sha256, digest.size, chunker && spec ? { spec, file: chunker.finish() } : null);
}

function toEntry(path: string, sha256: string, size: number, chunked: { spec: ChunkingSpec; file: ChunkedFile } | null): ManifestFile {
  const entry: ManifestFile = { path, size, sha256 };
  if (!chunked) return entry;
  const { spec, file } = chunked;
  const tabular: ManifestTabular = {
    format: spec.format,
    ...(spec.format !== 'jsonl' && spec.delimiter ? { delimiter: spec.delimiter } : {}),
    header: spec.header,
    headerChunk: file.header,
    rows: file.rows,
    root: file.root,
    chunks: file.chunks,
  };
  return { ...entry, tabular };
}

/** The chunking a manifest entry was made with, for re-hashing the file the same way. */
export function chunkingOf(tabular: ManifestTabular | undefined, chunkRows: number): ChunkingSpec | null {
  if (!tabular) return null;
  return { format: tabular.format, ...(tabular.delimiter ? { delimiter: tabular.delimiter } : {}), header: tabular.header, chunkRows };
}
