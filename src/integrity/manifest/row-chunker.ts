/**
 * Split a tabular file into chunks of N records as its bytes stream past, and hash each chunk
 * as an RFC 6962 leaf, in the same pass that hashes the whole file.
 *
 * Records end at a line feed. In CSV and TSV a line feed inside a quoted field does not end the
 * record: a double quote opens a quoted field only at the start of a field (after the
 * delimiter, at the start of a line, or right after a closing quote, which is how `""` escapes
 * a quote), as Python's csv module and pandas read it, and any later quote closes it. JSON
 * Lines cannot hold a raw line feed inside a string, so every line is a record. A chunk is
 * the exact bytes of its records, line feeds (and carriage returns) included, so the chunks
 * concatenated are the file.
 */
import { SyncLeafSink, type LeafSink } from './leaf-sink.js';
import { merkleRoot } from './merkle.js';

/** Line-based formats chunked by records. */
export type TabularFormat = 'csv' | 'tsv' | 'jsonl';

/** How a file is cut into chunks; stored in the manifest so verification cuts the same way. */
export interface ChunkingSpec {
  readonly format: TabularFormat;
  /** Field delimiter of CSV/TSV, where quoted fields may start. Ignored for JSON Lines. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Whether the first record is a header, hashed as its own leaf before the data chunks. */
  readonly header: boolean;
  /** Data records per chunk (the last chunk may hold fewer). */
  readonly chunkRows: number;
}

/** One chunk of data records. */
export interface ChunkDigest {
  /** Data records in the chunk. */
  readonly rows: number;
  /** Bytes in the chunk. */
  readonly bytes: number;
  /** RFC 6962 leaf hash of the chunk's bytes, hex. */
  readonly leaf: string;
}

/** Where the records fell: sizes and row counts of the header and chunks, without digests. */
export interface ChunkLayout {
  readonly header: { readonly bytes: number } | null;
  readonly chunks: ReadonlyArray<{ readonly rows: number; readonly bytes: number }>;
  readonly rows: number;
}

/** Put leaf hashes (header first, as the sink received them) onto a layout. */
export function withLeaves(layout: ChunkLayout, leaves: readonly string[]): ChunkedFile {
  const expected = (layout.header ? 1 : 0) + layout.chunks.length;
  if (leaves.length !== expected) throw new Error(`expected ${expected} leaf hashes, got ${leaves.length}`);
  const offset = layout.header ? 1 : 0;
  return {
    header: layout.header ? { bytes: layout.header.bytes, leaf: leaves[0]! } : null,
    chunks: layout.chunks.map((c, i) => ({ rows: c.rows, bytes: c.bytes, leaf: leaves[i + offset]! })),
    rows: layout.rows,
    root: merkleRoot(leaves.map((h) => Buffer.from(h, 'hex'))).toString('hex'),
  };
}

/** What {@link RowChunker.finish} returns. */
export interface ChunkedFile {
  /** The header record's leaf, when the spec has a header and the file is not empty. */
  readonly header: { readonly bytes: number; readonly leaf: string } | null;
  readonly chunks: ChunkDigest[];
  /** Data records (header excluded). */
  readonly rows: number;
  /** Merkle root over the header leaf (if any) and the chunk leaves, hex. */
  readonly root: string;
}

const LF = 0x0a;
const QUOTE = 0x22;

/**
 * Streaming chunker: feed the file's bytes in order with {@link update}, then {@link finish}.
 *
 * Memory is one hasher and a few counters whatever the input: a record longer than any buffer
 * (a 10 GB line, an unclosed quote that swallows the rest of the file) just makes one big
 * chunk, hashed as it passes.
 *
 * @example
 * const chunker = new RowChunker({ format: 'csv', delimiter: ',', header: true, chunkRows: 1000 });
 * await hashFile(path, { onData: (bytes) => chunker.update(bytes) });
 * const { rows, root } = chunker.finish();
 */
export class RowChunker {
  private readonly quoting: boolean;
  private readonly delimiter: number;
  private readonly chunkRows: number;
  private readonly sink: LeafSink;
  /** Bytes already fed to the sink for the current leaf. */
  private pendingBytes = 0;
  private rowsInChunk = 0;
  private totalRows = 0;
  private headerPending: boolean;
  private header: { bytes: number } | null = null;
  private readonly chunks: Array<{ rows: number; bytes: number }> = [];
  /** Absolute offset of the first byte not yet passed to update. */
  private offset = 0;
  private inQuotes = false;
  /** Absolute offset where the current record starts (after a UTF-8 byte order mark for the first). */
  private recordStart = 0;
  private lastClosingQuote = -2;
  private previousByte = -1;
  private finished = false;

  /** `sink` receives the chunk bytes; by default they are hashed on this thread. */
  constructor(spec: ChunkingSpec, sink: LeafSink = new SyncLeafSink()) {
    this.sink = sink;
    if (!Number.isInteger(spec.chunkRows) || spec.chunkRows < 1) throw new RangeError(`chunkRows must be a positive integer, not ${spec.chunkRows}`);
    this.quoting = spec.format !== 'jsonl';
    this.delimiter = (spec.delimiter ?? (spec.format === 'tsv' ? '\t' : ',')).charCodeAt(0);
    this.chunkRows = spec.chunkRows;
    this.headerPending = spec.header;
  }

  /** Feed the next bytes of the file. The buffer may be reused by the caller once this returns. */
  update(data: Uint8Array): void {
    if (this.finished) throw new Error('RowChunker.update after finish');
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (this.offset === 0 && buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) this.recordStart = 3;
    const segment = this.quoting ? this.scanQuoted(buf) : this.scanLines(buf);
    if (segment < buf.length) this.feed(buf, segment, buf.length);
    if (buf.length > 0) this.previousByte = buf[buf.length - 1]!;
    this.offset += buf.length;
  }

  /** Close the last chunk; where the records fell. The sink has then received every leaf. */
  finishLayout(): ChunkLayout {
    if (!this.finished) {
      this.finished = true;
      if (this.headerPending) {
        if (this.pendingBytes > 0) this.closeHeader();
      } else {
        // A last record without a line feed still counts.
        if (this.recordStart < this.offset) this.rowsInChunk++;
        if (this.rowsInChunk > 0) this.closeChunk();
      }
    }
    return { header: this.header, chunks: this.chunks, rows: this.totalRows };
  }

  /** Close the last chunk and compute the root; only with the default (same-thread) sink. */
  finish(): ChunkedFile {
    const layout = this.finishLayout();
    if (!(this.sink instanceof SyncLeafSink)) throw new Error('RowChunker.finish needs the same-thread sink; use finishLayout');
    return withLeaves(layout, this.sink.leaves);
  }

  /**
   * Walk quotes and line feeds in order; returns the start of the bytes not yet hashed.
   *
   * This is the hot loop of manifest hashing on dense CSV: state lives in locals (positions
   * relative to `buf`) and is written back once, and only a chunk's end leaves the loop.
   */
  private scanQuoted(buf: Buffer): number {
    const base = this.offset;
    const delimiter = this.delimiter;
    const chunkRows = this.chunkRows;
    let recordStart = this.recordStart - base;
    let lastClose = this.lastClosingQuote - base;
    let inQuotes = this.inQuotes;
    let rows = this.rowsInChunk;
    let segment = 0;
    let pos = 0;
    let nextQuote = buf.indexOf(QUOTE);
    let nextLf = buf.indexOf(LF);
    for (;;) {
      if (inQuotes) {
        if (nextQuote === -1) break;
        inQuotes = false;
        lastClose = nextQuote;
        pos = nextQuote + 1;
        nextQuote = buf.indexOf(QUOTE, pos);
        if (nextLf !== -1 && nextLf < pos) nextLf = buf.indexOf(LF, pos);
      } else if (nextQuote !== -1 && (nextLf === -1 || nextQuote < nextLf)) {
        // A quote opens a field at the start of a record, after the delimiter, or right after
        // a closing quote (`""`); anywhere else it is a literal.
        const q = nextQuote;
        const before = q > 0 ? buf[q - 1]! : this.previousByte;
        if (q === recordStart || before === delimiter || (before === QUOTE && lastClose === q - 1)) inQuotes = true;
        pos = q + 1;
        nextQuote = buf.indexOf(QUOTE, pos);
      } else {
        if (nextLf === -1) break;
        recordStart = nextLf + 1;
        if (this.headerPending) {
          this.feed(buf, segment, nextLf + 1);
          this.closeHeader();
          segment = nextLf + 1;
        } else if (++rows === chunkRows) {
          this.rowsInChunk = rows;
          this.feed(buf, segment, nextLf + 1);
          this.closeChunk();
          rows = 0;
          segment = nextLf + 1;
        }
        pos = nextLf + 1;
        nextLf = buf.indexOf(LF, pos);
      }
    }
    this.inQuotes = inQuotes;
    this.recordStart = base + recordStart;
    this.lastClosingQuote = base + lastClose;
    this.rowsInChunk = rows;
    return segment;
  }

  /** Every line feed ends a record (JSON Lines). */
  private scanLines(buf: Buffer): number {
    const chunkRows = this.chunkRows;
    let rows = this.rowsInChunk;
    let segment = 0;
    for (let lf = buf.indexOf(LF); lf !== -1; lf = buf.indexOf(LF, lf + 1)) {
      this.recordStart = this.offset + lf + 1;
      if (this.headerPending) {
        this.feed(buf, segment, lf + 1);
        this.closeHeader();
        segment = lf + 1;
      } else if (++rows === chunkRows) {
        this.rowsInChunk = rows;
        this.feed(buf, segment, lf + 1);
        this.closeChunk();
        rows = 0;
        segment = lf + 1;
      }
    }
    this.rowsInChunk = rows;
    return segment;
  }

  private feed(buf: Buffer, from: number, to: number): void {
    if (to > from) this.sink.feed(buf, from, to);
    this.pendingBytes += to - from;
  }

  private closeHeader(): void {
    this.sink.close();
    this.header = { bytes: this.pendingBytes };
    this.headerPending = false;
    this.pendingBytes = 0;
  }

  private closeChunk(): void {
    this.sink.close();
    this.chunks.push({ rows: this.rowsInChunk, bytes: this.pendingBytes });
    this.totalRows += this.rowsInChunk;
    this.rowsInChunk = 0;
    this.pendingBytes = 0;
  }
}
