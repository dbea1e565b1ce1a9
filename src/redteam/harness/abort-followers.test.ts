import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createAbortFollowers } from './abort-followers.js';

describe('createAbortFollowers', () => {
  it('aborts every open follower with the parent reason through one listener on the parent', () => {
    const parent = new AbortController();
    const followers = createAbortFollowers(parent.signal);
    const open = Array.from({ length: 50 }, () => followers.follow());
    const released = followers.follow();
    released.release();
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(1);
    const reason = new Error('stop');
    parent.abort(reason);
    for (const f of open) expect(f.signal.reason).toBe(reason);
    expect(released.signal.aborted).toBe(false);
    // A follower made after the abort starts aborted.
    expect(followers.follow().signal.reason).toBe(reason);
  });

  it('leaves the parent without a listener once disposed', () => {
    const parent = new AbortController();
    const followers = createAbortFollowers(parent.signal);
    const f = followers.follow();
    followers.dispose();
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(0);
    parent.abort();
    expect(f.signal.aborted).toBe(false);
  });
});
