/**
 * A minimal Parquet writer for tests: PLAIN-encoded, uncompressed, one data page (v1) per
 * column chunk, flat schemas of int32, int64, double, boolean and UTF-8 string columns.
 * Fixtures are built with it so no binary file is checked in.
 *
 * @see https://github.com/apache/parquet-format/blob/master/src/main/thrift/parquet.thrift
 */

/** A column to write. */
export interface ParquetColumn {
  readonly name: string;
  readonly type: 'int32' | 'int64' | 'double' | 'boolean' | 'string';
  /** Allows nulls (definition levels are written). */
  readonly optional?: boolean;
}

const physical = { boolean: 0, int32: 1, int64: 2, double: 5, string: 6 } as const;

/** Thrift compact protocol, just the parts the Parquet footer and page headers need. */
class Compact {
  private bytes: number[] = [];
  private last: number[] = [0];

  varint(n: bigint | number): void {
    let v = BigInt(n);
    while (v >= 0x80n) {
      this.bytes.push(Number((v & 0x7fn) | 0x80n));
      v >>= 7n;
    }
    this.bytes.push(Number(v));
  }
  private header(id: number, type: number): void {
    const delta = id - this.last[this.last.length - 1]!;
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.varint(BigInt((id << 1) ^ (id >> 31)));
    }
    this.last[this.last.length - 1] = id;
  }
  i32(id: number, v: number): void {
    this.header(id, 5);
    this.varint((BigInt(v) << 1n) ^ (BigInt(v) >> 63n));
  }
  i64(id: number, v: number | bigint): void {
    this.header(id, 6);
    const b = BigInt(v);
    this.varint(BigInt.asUintN(64, (b << 1n) ^ (b >> 63n)));
  }
  binary(id: number, s: string | Uint8Array): void {
    this.header(id, 8);
    const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
    this.varint(b.length);
    this.bytes.push(...b);
  }
  struct(id: number, body: () => void): void {
    this.header(id, 12);
    this.last.push(0);
    body();
    this.bytes.push(0);
    this.last.pop();
  }
  list(id: number, elemType: number, items: readonly (() => void)[]): void {
    this.header(id, 9);
    if (items.length < 15) this.bytes.push((items.length << 4) | elemType);
    else {
      this.bytes.push(0xf0 | elemType);
      this.varint(items.length);
    }
    for (const item of items) {
      if (elemType === 12) {
        this.last.push(0);
        item();
        this.bytes.push(0);
        this.last.pop();
      } else item();
    }
  }
  rawI32(v: number): void {
    this.varint((BigInt(v) << 1n) ^ (BigInt(v) >> 63n));
  }
  rawBinary(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.varint(b.length);
    this.bytes.push(...b);
  }
  end(): Uint8Array {
    this.bytes.push(0);
    return Uint8Array.from(this.bytes);
  }
}

function plainValues(column: ParquetColumn, values: readonly unknown[]): Buffer {
  const parts: Buffer[] = [];
  if (column.type === 'boolean') {
    const out = Buffer.alloc(Math.ceil(values.length / 8));
    values.forEach((v, i) => {
      if (v) out[i >> 3]! |= 1 << (i & 7);
    });
    return out;
  }
  for (const v of values) {
    if (column.type === 'int32') {
      const b = Buffer.alloc(4);
      b.writeInt32LE(Number(v));
      parts.push(b);
    } else if (column.type === 'int64') {
      const b = Buffer.alloc(8);
      b.writeBigInt64LE(BigInt(v as number | bigint));
      parts.push(b);
    } else if (column.type === 'double') {
      const b = Buffer.alloc(8);
      b.writeDoubleLE(Number(v));
      parts.push(b);
    } else {
      const s = Buffer.from(String(v), 'utf8');
      const len = Buffer.alloc(4);
      len.writeUInt32LE(s.length);
      parts.push(len, s);
    }
  }
  return Buffer.concat(parts);
}

/** Definition levels (0 null, 1 present) as RLE runs with a 4-byte length prefix. */
function definitionLevels(values: readonly unknown[]): Buffer {
  const runs: number[] = [];
  for (let i = 0; i < values.length; ) {
    const level = values[i] === null || values[i] === undefined ? 0 : 1;
    let j = i;
    while (j < values.length && (values[j] === null || values[j] === undefined ? 0 : 1) === level) j++;
    let count = (j - i) << 1;
    while (count >= 0x80) {
      runs.push((count & 0x7f) | 0x80);
      count >>>= 7;
    }
    runs.push(count, level);
    i = j;
  }
  const len = Buffer.alloc(4);
  len.writeUInt32LE(runs.length);
  return Buffer.concat([len, Buffer.from(runs)]);
}

/** A Parquet file holding `rows` (arrays in column order), `rowGroupSize` rows per row group. */
export function writeParquet(columns: readonly ParquetColumn[], rows: readonly (readonly unknown[])[], options: { rowGroupSize?: number } = {}): Uint8Array {
  const groupSize = Math.max(1, options.rowGroupSize ?? (rows.length || 1));
  const chunks: Buffer[] = [Buffer.from('PAR1')];
  let offset = 4;
  const groups: { columns: { offset: number; size: number; values: number }[]; rows: number }[] = [];
  for (let start = 0; start < rows.length || (start === 0 && rows.length === 0); start += groupSize) {
    const slice = rows.slice(start, start + groupSize);
    const metas: { offset: number; size: number; values: number }[] = [];
    columns.forEach((column, c) => {
      const values = slice.map((r) => r[c]);
      const present = values.filter((v) => v !== null && v !== undefined);
      const body = Buffer.concat([...(column.optional ? [definitionLevels(values)] : []), plainValues(column, present)]);
      const header = new Compact();
      header.i32(1, 0);
      header.i32(2, body.length);
      header.i32(3, body.length);
      header.struct(5, () => {
        header.i32(1, values.length);
        header.i32(2, 0);
        header.i32(3, 3);
        header.i32(4, 3);
      });
      const page = Buffer.concat([header.end(), body]);
      metas.push({ offset, size: page.length, values: values.length });
      chunks.push(page);
      offset += page.length;
    });
    groups.push({ columns: metas, rows: slice.length });
    if (rows.length === 0) break;
  }
  const meta = new Compact();
  meta.i32(1, 1);
  meta.list(2, 12, [
    () => {
      meta.binary(4, 'schema');
      meta.i32(5, columns.length);
    },
    ...columns.map((column) => () => {
      meta.i32(1, physical[column.type]);
      meta.i32(3, column.optional ? 1 : 0);
      meta.binary(4, column.name);
      if (column.type === 'string') meta.i32(6, 0);
    }),
  ]);
  meta.i64(3, rows.length);
  meta.list(
    4,
    12,
    groups.map((group) => () => {
      meta.list(
        1,
        12,
        group.columns.map((chunk, c) => () => {
          meta.i64(2, chunk.offset);
          meta.struct(3, () => {
            meta.i32(1, physical[columns[c]!.type]);
            meta.list(2, 5, [() => meta.rawI32(0), () => meta.rawI32(3)]);
            meta.list(3, 8, [() => meta.rawBinary(columns[c]!.name)]);
            meta.i32(4, 0);
            meta.i64(5, chunk.values);
            meta.i64(6, chunk.size);
            meta.i64(7, chunk.size);
            meta.i64(9, chunk.offset);
          });
        }),
      );
      meta.i64(2, group.columns.reduce((s, c) => s + c.size, 0));
      meta.i64(3, group.rows);
    }),
  );
  const footer = Buffer.from(meta.end());
  const len = Buffer.alloc(4);
  len.writeUInt32LE(footer.length);
  chunks.push(footer, len, Buffer.from('PAR1'));
  return Buffer.concat(chunks);
}
