/**
 * Runs of `n` consecutive words (shingles), each as its words joined by one space, in text
 * order (a run that recurs is listed each time). The caller splits and folds the words, so each
 * use keeps its own notion of a word.
 */
export function wordRuns(words: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}
