import { LOST, MAX_KEPT_ITEMS, SCALAR, type Sym } from './values.js';

/** A run of identical data values stored as one entry (23M floats in one list cost one object). */
interface Run {
  readonly k: 'run';
  readonly v: Sym;
  n: number;
  /** Logical index of the run's first element. */
  readonly start: number;
}

type Entry = Sym | Run;

function isRun(entry: Entry): entry is Run {
  return typeof entry === 'object' && (entry as { k: string }).k === 'run';
}

/** Physical entries beyond which data values are kept only as counts. */
const MAX_PHYSICAL = 1_000_000;

/** Items popped down to a mark: the first {@link MAX_KEPT_ITEMS} values in order, and how many there were. */
export interface Popped {
  readonly items: Sym[];
  readonly count: number;
}

/**
 * The pickle machine's stack and mark stack, as CPython's C unpickler keeps them: one stack,
 * and marks recording depths. A pop below the innermost mark is an underflow.
 *
 * Memory is bounded: runs of scalars collapse into counts, and past {@link MAX_PHYSICAL}
 * entries every value does (which {@link SymStack.dropped} records).
 */
export class SymStack {
  private readonly items: Entry[] = [];
  private readonly marks: number[] = [];
  /** The value on top of the stack when each mark was opened (what SETITEMS and APPENDS fill). */
  private readonly markTops: (Sym | undefined)[] = [];
  /** Logical depth. */
  length = 0;
  /** Whether data values were dropped to stay in budget. */
  dropped = false;

  /** Depth of the innermost mark (0 without one). */
  fence(): number {
    const m = this.marks.length;
    return m === 0 ? 0 : this.marks[m - 1]!;
  }

  /** Number of open marks. */
  markCount(): number {
    return this.marks.length;
  }

  /** Push a value. */
  push(value: Sym): void {
    let v = value;
    // Past the budget every new value is kept only as a count (imports were already judged
    // when they were pushed; what is lost is later gadget resolution, hence `dropped`).
    if (this.items.length >= MAX_PHYSICAL && v !== SCALAR) {
      v = LOST;
      this.dropped = true;
    }
    if (v === SCALAR || v === LOST) {
      const last = this.items.length - 1;
      const top = last >= 0 ? this.items[last]! : undefined;
      const fence = this.fence();
      if (top !== undefined && isRun(top) && top.v === v && top.start >= fence) {
        top.n++;
        this.length++;
        return;
      }
      if (top === v && this.length - 1 >= fence) {
        this.items[last] = { k: 'run', v, n: 2, start: this.length - 1 };
        this.length++;
        return;
      }
    }
    this.items.push(v);
    this.length++;
  }

  /** Pop the top value; undefined on underflow (nothing above the innermost mark). */
  pop(): Sym | undefined {
    if (this.length <= this.fence()) return undefined;
    const last = this.items.length - 1;
    const top = this.items[last]!;
    this.length--;
    if (isRun(top)) {
      top.n--;
      if (top.n === 1) this.items[last] = top.v;
      return top.v;
    }
    this.items.pop();
    return top;
  }

  /** The top value without popping; undefined on underflow. */
  top(): Sym | undefined {
    if (this.length <= this.fence()) return undefined;
    const top = this.items[this.items.length - 1]!;
    return isRun(top) ? top.v : top;
  }

  /** Replace the top value (it must exist). */
  replaceTop(value: Sym): void {
    if (this.pop() !== undefined) this.push(value);
  }

  /** Open a mark at the current depth. */
  mark(): void {
    this.markTops.push(this.top());
    this.marks.push(this.length);
  }

  /** The value right below the innermost mark (the container SETITEMS/APPENDS fill). */
  belowMark(): Sym | undefined {
    return this.markTops[this.markTops.length - 1];
  }

  /** Whether the innermost mark sits exactly at the top (CPython's POP then pops the mark). */
  markAtTop(): boolean {
    return this.marks.length > 0 && this.marks[this.marks.length - 1] === this.length;
  }

  /** Drop the innermost mark without popping values. */
  dropMark(): boolean {
    this.markTops.pop();
    return this.marks.pop() !== undefined;
  }

  /** Pop everything above the innermost mark and the mark itself; undefined without a mark. */
  popMark(): Popped | undefined {
    this.markTops.pop();
    const m = this.marks.pop();
    if (m === undefined) return undefined;
    return this.popTo(m);
  }

  /** Pop everything above the innermost mark and the mark itself, keeping nothing; -1 without a mark. */
  discardMark(): number {
    this.markTops.pop();
    const depth = this.marks.pop();
    if (depth === undefined) return -1;
    const count = this.length - depth;
    while (this.length > depth) {
      const last = this.items.length - 1;
      const top = this.items[last]!;
      if (isRun(top)) {
        const take = Math.min(top.n, this.length - depth);
        top.n -= take;
        this.length -= take;
        if (top.n === 0) this.items.pop();
        else if (top.n === 1) this.items[last] = top.v;
      } else {
        this.items.pop();
        this.length--;
      }
    }
    return count;
  }

  private popTo(depth: number): Popped {
    const count = this.length - depth;
    // Fast path: a short region without runs is one splice.
    if (count <= MAX_KEPT_ITEMS && this.items.length >= count) {
      let plain = true;
      for (let k = this.items.length - count; k < this.items.length; k++) {
        if (isRun(this.items[k]!)) {
          plain = false;
          break;
        }
      }
      if (plain) {
        this.length = depth;
        return { items: this.items.splice(this.items.length - count) as Sym[], count };
      }
    }
    // Collected top-first; only the bottom MAX_KEPT_ITEMS are wanted, so trim as we go.
    let reversed: Sym[] = [];
    while (this.length > depth) {
      const last = this.items.length - 1;
      const top = this.items[last]!;
      let value: Sym;
      let times: number;
      if (isRun(top)) {
        times = Math.min(top.n, this.length - depth);
        top.n -= times;
        this.length -= times;
        if (top.n === 0) this.items.pop();
        else if (top.n === 1) this.items[last] = top.v;
        value = top.v;
      } else {
        this.items.pop();
        this.length--;
        value = top;
        times = 1;
      }
      for (let t = 0; t < Math.min(times, MAX_KEPT_ITEMS); t++) reversed.push(value);
      if (reversed.length > 4 * MAX_KEPT_ITEMS) reversed = reversed.slice(-MAX_KEPT_ITEMS);
    }
    return { items: reversed.slice(-MAX_KEPT_ITEMS).reverse(), count };
  }

  /** Remove everything (between pickles of one file). */
  clear(): void {
    this.items.length = 0;
    this.marks.length = 0;
    this.markTops.length = 0;
    this.length = 0;
  }
}
