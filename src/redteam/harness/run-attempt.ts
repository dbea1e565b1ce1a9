/**
 * One work item from start to verdict: the strategy applied, an opaque application's document
 * written, the conversation held, the transcript judged. A target that fails after its retries
 * (or a plugin that throws) gives an `error` outcome with the conversation so far; a cancelled
 * run rejects instead, so the attempt is not recorded and a resumed run does it again.
 */
import type { AppContext, AttemptOutcome, ResponseDetectorDef, TargetMode } from '../types.js';
import type { AbortFollowers } from './abort-followers.js';
import { abortReason } from './clock.js';
import { capMessages } from './cap-messages.js';
import { emptyConversation, runConversation } from './conversation.js';
import { errorFields } from './error-fields.js';
import { judgeTranscript } from './judge.js';
import { withDocument, type KeyedQueue } from './opaque-document.js';
import type { WorkItem } from './plan.js';
import { prepareAttempt } from './prepare-attempt.js';
import { derivedRng, derivedSeed } from './seeds.js';
import { sendWithRetries, type RequestContext } from './send-request.js';

/** What every attempt of a run shares. */
export interface AttemptContext {
  readonly mode: TargetMode;
  readonly app: AppContext;
  readonly seed: number;
  readonly maxToolRounds: number;
  readonly detectors: ReadonlyMap<string, ResponseDetectorDef>;
  readonly requests: RequestContext;
  /** Attempts that write into one document folder run one at a time. */
  readonly documentFolders: KeyedQueue;
  /** Followers of the run's signal (`requests.signal`): each attempt waits on its own, so the run's signal keeps one listener. */
  readonly followers: AbortFollowers;
}

/** Run `item` to its outcome. */
export async function runAttempt(context: AttemptContext, item: WorkItem): Promise<AttemptOutcome> {
  const { key, probe, attempt, strategy } = item;
  const conversation = emptyConversation();
  const base = { key, probe: probe.id, strategy: strategy?.id ?? 'none' };
  let provenance: AttemptOutcome['provenance'];
  const follower = context.followers.follow();
  const requests: RequestContext = { ...context.requests, signal: follower.signal };
  try {
    const prepared = prepareAttempt(attempt, strategy, derivedRng(context.seed, 'strategy', key), context.app.userTask);
    provenance = prepared.provenance;
    const jitter = derivedRng(context.seed, 'retry', key);
    const talk = (): Promise<void> =>
      runConversation(
        {
          mode: context.mode,
          app: context.app,
          prepared,
          adaptive: attempt.adaptive,
          maxToolRounds: context.maxToolRounds,
          seed: derivedSeed(context.seed, 'target', key),
          send: (request) => sendWithRetries(requests, request, jitter),
        },
        conversation,
      );
    const point = prepared.injected?.point;
    if (context.mode === 'opaque' && point?.kind === 'document' && point.directory !== undefined) {
      const directory = point.directory;
      await context.documentFolders.run(directory, requests.signal, () => withDocument(directory, key, prepared.injected!.content, talk));
    } else {
      await talk();
    }
    const detectors = judgeTranscript(
      { goal: attempt.goal, messages: conversation.messages, replyIndexes: conversation.replyIndexes, sentPayloads: prepared.sentPayloads },
      probe.detectors.map((id) => context.detectors.get(id)!),
    );
    return {
      ...base,
      status: detectors.some((d) => d.hit) ? 'success' : 'resisted',
      detectors,
      ...(provenance === undefined ? {} : { provenance }),
      messages: capMessages(conversation.messages),
      latencyMs: conversation.latencyMs,
    };
  } catch (error) {
    if (requests.signal.aborted) throw abortReason(requests.signal);
    return {
      ...base,
      status: 'error',
      detectors: [],
      ...(provenance === undefined ? {} : { provenance }),
      messages: capMessages(conversation.messages),
      error: errorFields(error),
      latencyMs: conversation.latencyMs,
    };
  } finally {
    follower.release();
  }
}
