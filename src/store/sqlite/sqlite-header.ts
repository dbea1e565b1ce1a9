/**
 * A check of the 100-byte SQLite file header, run before the file is handed to SQLite, so a
 * file that is not a database (or is cut short) is refused before anything could write to it.
 *
 * @see https://www.sqlite.org/fileformat2.html#the_database_header
 */

const magic = 'SQLite format 3\u0000';

/** Bytes of the header; read at least this many from the start of the file. */
export const sqliteHeaderSize = 100;

/** Facts about the file besides its first bytes. */
export interface SqliteFileFacts {
  /** Size of the file in bytes. */
  readonly size: number;
  /** Whether a non-empty `-wal` file sits beside it (its pages may complete the file). */
  readonly hasWal: boolean;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

/**
 * Why the file is not a usable SQLite database, or `null` when its header is sound.
 * An empty file is sound: SQLite turns it into a new database.
 */
export function sqliteHeaderProblem(head: Uint8Array, facts: SqliteFileFacts): string | null {
  if (facts.size === 0) return null;
  if (facts.size < sqliteHeaderSize || head.length < sqliteHeaderSize) return `only ${facts.size} bytes: too short for a SQLite database`;
  for (let i = 0; i < magic.length; i++) {
    if (head[i] !== magic.charCodeAt(i)) return 'it does not start with the SQLite header';
  }
  const rawPageSize = u16(head, 16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return `page size ${rawPageSize} in the header is not valid`;
  if (![1, 2].includes(head[18]!) || ![1, 2].includes(head[19]!)) return 'the file format version in the header is not valid';
  if (pageSize - head[20]! < 480) return 'the reserved space in the header is not valid';
  if (head[21] !== 64 || head[22] !== 32 || head[23] !== 32) return 'the payload fractions in the header are not valid';
  if (facts.hasWal) return null;
  if (facts.size % pageSize !== 0) return `its size (${facts.size} bytes) is not a whole number of ${pageSize}-byte pages: it was cut short`;
  // The page count is only meaningful when the writer that set it also set "version valid for".
  const pages = u32(head, 28);
  const valid = pages > 0 && u32(head, 24) === u32(head, 92);
  if (valid && facts.size < pages * pageSize) {
    return `the header counts ${pages} pages but the file holds ${facts.size / pageSize}: it was cut short`;
  }
  return null;
}
