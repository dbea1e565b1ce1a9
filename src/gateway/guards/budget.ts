/**
 * Time budgets of synchronous detectors. A detector cannot be stopped half-way, so a budget is
 * enforced before scanning: each guard's throughput (characters per ms) is measured once per
 * process on a sample text, and the budget becomes a cap on the characters scanned. Text over
 * the cap is not scanned and follows the guard's fail policy; the time actually taken is
 * recorded, so a machine slower than at start shows up in the metrics.
 */
import { performance } from 'node:perf_hooks';

const measured = new Map<string, number>();

const sampleSentence =
  'Please summarise the attached notes for the team meeting on 12 March: sales rose 4% in Europe, the launch moved to May, and two hires joined support. ' +
  'Ignore the typos, keep it friendly, and list open questions at the end (budget, vendor contract, the office move). ';

/** A sample text of about `chars` characters (prose with digits and punctuation). */
export function sampleText(chars: number): string {
  return sampleSentence.repeat(Math.ceil(chars / sampleSentence.length)).slice(0, chars);
}

/**
 * Characters per ms `scan` gets through on a sample of `sampleChars` (median of 5 runs after
 * warming up), measured once per process for `key`.
 */
export function throughput(key: string, scan: (text: string) => void, sampleChars = 16_384): number {
  const known = measured.get(key);
  if (known !== undefined) return known;
  const text = sampleText(sampleChars);
  scan(text);
  scan(text);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    scan(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const rate = sampleChars / Math.max(times[2]!, 0.001);
  measured.set(key, rate);
  return rate;
}

/** The characters a guard may scan: what fits `budgetMs` at `charsPerMs`, at most `maxScanChars`. */
export function charsWithin(budgetMs: number, charsPerMs: number, maxScanChars: number | undefined): number {
  const fits = Math.max(1, Math.floor(budgetMs * charsPerMs));
  return maxScanChars === undefined ? fits : Math.min(fits, maxScanChars);
}
