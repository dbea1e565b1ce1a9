import { PickleWriter } from './pickle-writer.js';

/** A Python tuple in a {@link PyValue}. */
export class PyTuple {
  constructor(readonly items: readonly PyValue[]) {}
}

/** A Python float with an integral value (JS numbers that are integers become ints). */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Plain data that {@link dumps} can pickle. */
export type PyValue = null | boolean | number | string | Uint8Array | PyTuple | PyFloat | readonly PyValue[] | { readonly [key: string]: PyValue };

const BATCH = 1000;

/**
 * Pickle plain data the way CPython's `pickle.dumps(value, protocol)` lays it out (opcode
 * choice, memo, batching, frames for protocol 4+), for benign fixtures of every protocol.
 *
 * @example
 * dumps({ name: 'toy', weights: [0.1, 0.2] }, 2)
 */
export function dumps(value: PyValue, protocol: number): Uint8Array {
  const body = new Dumper(protocol);
  body.save(value);
  body.w.stop();
  const w = new PickleWriter();
  if (protocol >= 2) w.proto(protocol);
  const bytes = body.w.bytes();
  if (protocol >= 4) w.frame(bytes.length);
  return Uint8Array.from([...w.bytes(), ...bytes]);
}

class Dumper {
  readonly w = new PickleWriter();
  private memoSize = 0;
  private readonly strings = new Map<string, number>();

  constructor(private readonly protocol: number) {}

  private memoize(): number {
    const key = this.memoSize++;
    if (this.protocol >= 4) this.w.memoize();
    else if (this.protocol >= 1) {
      if (key < 256) this.w.binPut(key);
      else this.w.longBinPut(key);
    } else this.w.put(key);
    return key;
  }

  private get(key: number): void {
    if (this.protocol === 0) this.w.get(key);
    else if (key < 256) this.w.binGet(key);
    else this.w.longBinGet(key);
  }

  save(value: PyValue): void {
    if (value === null) this.w.none();
    else if (typeof value === 'boolean') {
      if (this.protocol >= 2) {
        if (value) this.w.newTrue();
        else this.w.newFalse();
      } else this.w.int(value ? 1 : 0);
    } else if (typeof value === 'number') this.number(value, Number.isInteger(value));
    else if (value instanceof PyFloat) this.number(value.value, false);
    else if (typeof value === 'string') this.text(value);
    else if (value instanceof Uint8Array) this.bytes(value);
    else if (value instanceof PyTuple) this.tuple(value.items);
    else if (Array.isArray(value)) this.list(value as readonly PyValue[]);
    else this.dict(value as { readonly [key: string]: PyValue });
  }

  private number(value: number, integer: boolean): void {
    if (!integer) {
      if (this.protocol >= 1) this.w.binFloat(value);
      else this.w.float(value);
    } else if (this.protocol >= 1 && value >= 0 && value < 2 ** 31) this.w.binInt(value);
    else this.w.int(value);
  }

  private text(value: string): void {
    const seen = this.strings.get(value);
    if (seen !== undefined) return this.get(seen);
    const size = new TextEncoder().encode(value).length;
    if (this.protocol === 0) this.w.unicode(value);
    else if (this.protocol >= 4 && size < 256) this.w.shortBinUnicode(value);
    else this.w.binUnicode(value);
    this.strings.set(value, this.memoize());
  }

  private bytes(value: Uint8Array): void {
    if (this.protocol >= 3) {
      if (value.length < 256) this.w.shortBinBytes(value);
      else this.w.binBytes(value);
      this.memoize();
      return;
    }
    // Protocols 0–2 have no bytes type: CPython writes _codecs.encode(str, 'latin1').
    this.w.global('_codecs', 'encode');
    this.memoize();
    if (this.protocol === 2) {
      this.text(String.fromCharCode(...value));
      this.text('latin1');
      this.w.tuple2();
    } else {
      this.w.mark();
      this.text(String.fromCharCode(...value));
      this.text('latin1');
      this.w.tuple();
    }
    this.memoize();
    this.w.reduce();
    this.memoize();
  }

  private tuple(items: readonly PyValue[]): void {
    if (items.length === 0) {
      this.w.emptyTuple();
      return;
    }
    if (this.protocol >= 2 && items.length <= 3) {
      for (const item of items) this.save(item);
      if (items.length === 1) this.w.tuple1();
      else if (items.length === 2) this.w.tuple2();
      else this.w.tuple3();
    } else {
      this.w.mark();
      for (const item of items) this.save(item);
      this.w.tuple();
    }
    this.memoize();
  }

  private list(items: readonly PyValue[]): void {
    if (this.protocol === 0) {
      this.w.mark().list();
      this.memoize();
      for (const item of items) {
        this.save(item);
        this.w.append();
      }
      return;
    }
    this.w.emptyList();
    this.memoize();
    this.batched(items.length, (k) => this.save(items[k]!), () => this.w.append(), () => this.w.appends());
  }

  private dict(value: { readonly [key: string]: PyValue }): void {
    const entries = Object.entries(value);
    if (this.protocol === 0) {
      this.w.mark().dict();
      this.memoize();
      for (const [k, v] of entries) {
        this.text(k);
        this.save(v);
        this.w.setItem();
      }
      return;
    }
    this.w.emptyDict();
    this.memoize();
    const one = (k: number) => {
      this.text(entries[k]![0]);
      this.save(entries[k]![1]);
    };
    this.batched(entries.length, one, () => this.w.setItem(), () => this.w.setItems());
  }

  // CPython writes batches of 1000 between MARK and APPENDS/SETITEMS; a batch of one is APPEND/SETITEM.
  private batched(count: number, one: (k: number) => void, single: () => void, many: () => void): void {
    for (let start = 0; start < count; start += BATCH) {
      const end = Math.min(count, start + BATCH);
      if (end - start === 1) {
        one(start);
        single();
        continue;
      }
      this.w.mark();
      for (let k = start; k < end; k++) one(k);
      many();
    }
  }
}
