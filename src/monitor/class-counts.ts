/** Counts of output classes, bounded: past the limit, new classes are counted together as `(other)`. */

/** Most distinct classes counted one by one. */
export const maxClasses = 1000;
/** The bucket of classes past {@link maxClasses}. */
export const otherClasses = '(other)';

export class ClassCounts {
  readonly #counts = new Map<string, number>();
  #total = 0;

  add(label: string | number): void {
    let key = String(label);
    if (!this.#counts.has(key) && this.#counts.size >= maxClasses) key = otherClasses;
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    this.#total++;
  }

  get total(): number {
    return this.#total;
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  }
}
