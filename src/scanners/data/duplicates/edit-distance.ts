/** Edit distance for short texts: how near copies of short messages are recognised. */

/** Levenshtein distance (insertions, deletions, substitutions), O(|a|·|b|). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** 1 − distance / longer length: 1 for equal texts, 0 for nothing in common. */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}

/**
 * The text and each of its one-character deletions: two texts within one substitution,
 * insertion or deletion of each other share at least one of these keys.
 */
export function deletionKeys(text: string): string[] {
  const keys = new Set([text]);
  for (let i = 0; i < text.length; i++) keys.add(text.slice(0, i) + text.slice(i + 1));
  return [...keys];
}
