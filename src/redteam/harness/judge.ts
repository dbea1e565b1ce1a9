/**
 * The verdict on one attempt: each of the probe's detectors judges the whole transcript (the
 * replies and tool calls, with the payloads as sent so an echo is not credited); any hit makes
 * the attempt a success. Evidence is cut to 200 characters, scores kept within [0, 1].
 */
import type { AttemptOutcome, ResponseDetectorDef, Transcript } from '../types.js';

/** The detectors' verdicts as an outcome records them. */
export type DetectorResults = AttemptOutcome['detectors'];

/** Judge `transcript` with `detectors`; a detector that throws makes the caller record an error. */
export function judgeTranscript(transcript: Transcript, detectors: readonly ResponseDetectorDef[]): DetectorResults {
  return detectors.map((detector) => {
    const verdict = detector.judge(transcript);
    const score = Number.isFinite(verdict.score) ? Math.min(1, Math.max(0, verdict.score)) : verdict.hit ? 1 : 0;
    const result: { id: string; hit: boolean; score: number; evidence?: string } = { id: detector.id, hit: verdict.hit === true, score };
    if (typeof verdict.evidence === 'string' && verdict.evidence !== '') result.evidence = verdict.evidence.length > 200 ? `${verdict.evidence.slice(0, 199)}…` : verdict.evidence;
    return result;
  });
}
