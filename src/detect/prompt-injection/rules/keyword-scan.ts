/**
 * Finds every occurrence of a fixed set of literal keywords in a text, in one pass over its
 * code units: an Aho–Corasick automaton, one table read per unit. Its transitions on ASCII units
 * are a dense table (a row of 128 for each state), so prose costs one read per character however
 * many keywords share a start ("your " starts 45 of them, which a search comparing each
 * candidate position with the keywords of its first units compares one by one); a unit outside
 * ASCII follows the trie and its failure links, which is rare in most text and bounded by the
 * longest keyword. A regular expression alternating hundreds of keywords costs tens of
 * nanoseconds per character.
 */
import { UnitBuffer } from '../unit-buffer.js';


/** The most states an automaton holds: a transition is a 16-bit number whose top bit marks a state with keywords ending there. */
const MAX_STATES = 1 << 15;
/** Set in a transition when its target state ends a keyword (its own or one of its suffixes). */
const ENDS = 1 << 15;
const STATE = ENDS - 1;

/** Scans texts for one set of keywords. Stateless between calls. */
export class KeywordScanner {
  private readonly keywords: readonly string[];
  /** For each state and ASCII unit, the next state (| {@link ENDS} when keywords end there): row `state · 128`. */
  private readonly ascii: Uint16Array;
  /** The trie's own transitions on units outside ASCII, by state · 65536 + unit. */
  private readonly children = new Map<number, number>();
  /** Each state's failure link: the state of its longest proper suffix that is in the trie. */
  private readonly fail: Int32Array;
  /** The keywords (indices into {@link keywords}) that end at each state, its suffixes' included. */
  private readonly ending: (readonly number[])[];

  constructor(keywords: readonly string[]) {
    this.keywords = [...new Set(keywords)].filter((k) => k.length > 0);
    // The trie: every transition by state · 65536 + unit, and each state's children in order.
    const goto = new Map<number, number>();
    const kids: number[][] = [[]];
    const own: number[][] = [[]];
    this.keywords.forEach((k, index) => {
      let state = 0;
      for (let u = 0; u < k.length; u++) {
        const key = state * 65536 + k.charCodeAt(u);
        let next = goto.get(key);
        if (next === undefined) {
          next = kids.length;
          if (next >= MAX_STATES) throw new RangeError(`the keywords need more than ${MAX_STATES} automaton states`);
          goto.set(key, next);
          kids[state]!.push(next, k.charCodeAt(u));
          kids.push([]);
          own.push([]);
        }
        state = next;
      }
      own[state]!.push(index);
    });
    const count = kids.length;
    const ascii = new Uint16Array(count * 128);
    for (const [key, next] of goto) if (key % 65536 >= 128) this.children.set(key, next);
    const fail = new Int32Array(count);
    // Breadth first: a state's failure state is shallower, so its row is complete when the state's
    // children need it, and so are the keywords ending at every state that row leads to.
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const list = kids[s]!;
      for (let j = 0; j < list.length; j += 2) {
        const next = list[j]!;
        const unit = list[j + 1]!;
        if (s !== 0) fail[next] = unit < 128 ? ascii[fail[s]! * 128 + unit]! & STATE : this.follow(fail[s]!, unit, fail);
        if (own[fail[next]!]!.length > 0) own[next] = [...own[next]!, ...own[fail[next]!]!];
        queue.push(next);
      }
      // The row: the failure state's (one native copy), then the state's own transitions.
      if (s !== 0) ascii.copyWithin(s * 128, fail[s]! * 128, fail[s]! * 128 + 128);
      for (let j = 0; j < list.length; j += 2) {
        const next = list[j]!;
        const unit = list[j + 1]!;
        if (unit < 128) ascii[s * 128 + unit] = next | (own[next]!.length > 0 ? ENDS : 0);
      }
    }
    this.ascii = ascii;
    this.fail = fail;
    this.ending = own;
  }

  /** The state after `state` reads a `unit` outside ASCII: the trie's transition, else its failure states'. */
  private follow(state: number, unit: number, fail: Int32Array = this.fail): number {
    for (let s = state; ; s = fail[s]!) {
      const next = this.children.get(s * 65536 + unit);
      if (next !== undefined) return next;
      if (s === 0) return 0;
    }
  }

  /** Every keyword that occurs in `text`, with the ascending positions where it starts (overlapping occurrences included). */
  scan(text: string): Map<string, number[]> {
    // The text's UTF-16 units in a reused buffer (one native copy): reading a typed array costs
    // less per unit than charCodeAt.
    return this.scanUnits(scanned.of(text), text.length);
  }

  /** {@link scan} of a text given as the first `n` UTF-16 units of `units`. */
  scanUnits(units: Uint16Array, n: number): Map<string, number[]> {
    if (units.length < n) throw new RangeError(`scanUnits needs the ${n} units of the text, got ${units.length}`);
    const found = new Map<string, number[]>();
    const { ascii, ending, keywords } = this;
    let state = 0;
    for (let i = 0; i < n; i++) {
      const unit = units[i]!;
      let next: number;
      if (unit < 128) next = ascii[state * 128 + unit]!;
      else {
        const to = this.follow(state, unit);
        next = to | (ending[to]!.length > 0 ? ENDS : 0);
      }
      state = next & STATE;
      if (next < ENDS) continue;
      for (const k of ending[state]!) {
        const keyword = keywords[k]!;
        const at = i + 1 - keyword.length;
        const list = found.get(keyword);
        if (list === undefined) found.set(keyword, [at]);
        else list.push(at);
      }
    }
    return found;
  }
}

/** Units of the text being scanned (scanning is synchronous). */
const scanned = new UnitBuffer();
