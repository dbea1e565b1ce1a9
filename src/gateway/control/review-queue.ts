/**
 * The review queue as callers see it: ids, the 202 answer that replaces a held one, what a
 * poll answers, and the library calls to list and decide items (the CLI, the admin API and
 * playbooks use these).
 */
import { randomBytes } from 'node:crypto';
import { AisecError } from '../../core/errors.js';
import type { ReviewItem, ReviewStatus, Store } from '../../store/index.js';
import type { AdminAnswer } from '../pipeline/part.js';

/** A review id: `rv_` and 22 base64url characters (128 random bits). */
export const reviewIdPattern = /^rv_[A-Za-z0-9_-]{22}$/;

/** A new, unguessable review id. */
export function newReviewId(): string {
  return `rv_${randomBytes(16).toString('base64url')}`;
}

/** Where the caller polls a held answer. */
export function pollPath(id: string): string {
  return `/v1/reviews/${id}`;
}

/** The body of the 202 answer that stands for a held one. */
export function pendingBody(id: string): { review: { id: string; status: 'pending'; poll: string } } {
  return { review: { id, status: 'pending', poll: pollPath(id) } };
}

/** Check a review id from outside (ERR_USAGE naming the place). */
export function checkReviewId(id: unknown, where: string): string {
  if (typeof id !== 'string' || !reviewIdPattern.test(id)) {
    const shown = typeof id === 'string' ? JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id) : typeof id;
    throw new AisecError('ERR_USAGE', `${where}: ${shown} is not a review id (they look like rv_ and 22 letters, digits, - or _).`);
  }
  return id;
}

/** The status an item has at `now`: a pending item past its time counts as expired. */
export function statusAt(item: ReviewItem, now: number): ReviewStatus {
  return item.status === 'pending' && Date.parse(item.expiresAt) <= now ? 'expired' : item.status;
}

/** The refusal a caller gets for a rejected answer (or one expired with onExpiry: reject). */
export function refusedError(status: 'rejected' | 'expired'): AisecError {
  return new AisecError('ERR_REVIEW_REJECTED', status === 'rejected' ? 'A reviewer did not release this decision.' : 'This decision was not reviewed in time and is not released.');
}

/**
 * What a poll of `item` answers at `now`: 202 while pending, the held answer once approved (or
 * expired with onExpiry: release), and a refusal once rejected (or expired with onExpiry: reject).
 */
export function pollAnswer(item: ReviewItem, now: number): AdminAnswer {
  const status = statusAt(item, now);
  if (status === 'pending') return { status: 202, body: pendingBody(item.id) };
  if (status === 'approved' || (status === 'expired' && item.onExpiry === 'release')) return { status: item.answer.status, body: item.answer.body };
  throw refusedError(status === 'rejected' ? 'rejected' : 'expired');
}

/** Review items as the admin API and the CLI show them (the status as of `now`). */
export function showItem(item: ReviewItem, now: number): Record<string, unknown> {
  return { ...item, status: statusAt(item, now) };
}

/** List review items (oldest first). */
export async function listReviews(store: Store, options: { status?: ReviewStatus; model?: string; limit?: number } = {}): Promise<ReviewItem[]> {
  return store.listReviewItems(options);
}

/** Approve or reject a pending item (audited); ERR_REVIEW_NOT_FOUND when it is not pending. */
export async function decideReview(store: Store, id: string, verdict: 'approved' | 'rejected', by: { actor: string; note?: string; at?: Date }): Promise<ReviewItem> {
  checkReviewId(id, 'decideReview');
  return store.decideReviewItem(id, { status: verdict, by: by.actor, ...(by.note === undefined ? {} : { note: by.note }), ...(by.at === undefined ? {} : { at: by.at.toISOString() }) });
}
