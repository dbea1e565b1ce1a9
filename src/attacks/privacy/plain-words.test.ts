import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rocCurve } from '../../stats/index.js';
import { chanceOfFlagging } from './chance-level.js';
import { describeMembershipRisk, operatingPoint } from './plain-words.js';

/** Scores that put `top` members above every non-member but `fp`, the rest of both far below. */
function curveWith(members: number, nonMembers: number, top: number, fp = 1) {
  const neg = Array.from({ length: nonMembers }, (_, i) => (i < fp ? 10 : -i));
  const pos = Array.from({ length: members }, (_, i) => (i < top ? 5 : -nonMembers - 1));
  return rocCurve(pos, neg);
}

describe('describeMembershipRisk', () => {
  it('says "1 in 87" for 23 of 2,000 members at 1 false accusation in 1,000', () => {
    // Members 0.9995 outrank all but the top non-member (0.999); one false positive is allowed.
    const neg = Array.from({ length: 1000 }, (_, i) => i / 1000);
    const pos = Array.from({ length: 2000 }, (_, i) => (i < 23 ? 0.9985 : 0.1));
    const sentence = describeMembershipRisk(rocCurve(pos, neg), 'scores');
    expect(sentence).toBe(
      "An attacker who has a person's record and can query the model can tell, for 1 in 87 of the people in the training data (23 of 2,000 tested), that they were in it, while wrongly accusing no more than 1 in 1,000 of the others (1,000 tested).",
    );
  });

  it('says no false accusation at all when none was needed, and names what LiRA assumes', () => {
    const sentence = describeMembershipRisk(curveWith(1000, 1000, 400, 0), 'scores-and-shadows');
    expect(sentence).toContain('can train look-alike models on similar data');
    expect(sentence).toContain('for 40 in 100 of the people in the training data (400 of 1,000 tested)');
    expect(sentence).toContain('without wrongly accusing any of the others (1,000 tested)');
  });

  it('says "did no better than guessing" when no member is found at the lowest rate', () => {
    const sentence = describeMembershipRisk(rocCurve([0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), 'labels');
    expect(sentence).toMatch(/^An attacker who has a person's record and can see the model's predicted label could not single out any of the people in the training data \(3 tested\) while wrongly accusing no more than 1 in 10 of the others \(11 tested\); at that rate of false accusations, the attack did no better than guessing\.$/);
  });

  it('calls a few hits that chance explains "not clearly better than guessing"', () => {
    // 2 of 1,000 members above the second non-member: guessing does that often.
    const sentence = describeMembershipRisk(curveWith(1000, 1000, 2, 1), 'scores');
    expect(sentence).toContain('flagged 1 in 500 of the people in the training data (2 of 1,000 tested)');
    expect(sentence).toMatch(/not clearly better than guessing\.$/);
    expect(sentence).not.toContain('can tell');
  });

  it('states the rate the sample can resolve: 1% with 100–999 non-members, none below 10', () => {
    expect(operatingPoint(curveWith(50, 500, 10)).maxFpr).toBe(0.01);
    expect(describeMembershipRisk(curveWith(50, 500, 10, 5), 'scores')).toContain('no more than 1 in 100 of the others (500 tested)');
    expect(operatingPoint(curveWith(5, 9, 5, 0)).maxFpr).toBe(0);
    expect(describeMembershipRisk(curveWith(5, 9, 5, 0), 'scores')).toContain('for all of the people in the training data (5 of 5 tested)');
  });

  it('always names the counts tested and never says "all" unless every member was flagged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 3 }), (M, N, top, fp) => {
        const curve = curveWith(M, N, Math.min(top, M), Math.min(fp, N));
        const point = operatingPoint(curve);
        const sentence = describeMembershipRisk(curve, 'scores');
        return sentence.includes(`${M.toLocaleString('en-US')} tested`) && sentence.includes(`${N.toLocaleString('en-US')} tested`) && sentence.includes('for all of') === (point.membersFlagged === M && point.chance < 0.01);
      }),
      { numRuns: 200 },
    );
  });
});

describe('chanceOfFlagging', () => {
  it('matches hand-computed values', () => {
    // Top 7 of 2,000 all members: C(1000,7) / C(2000,7).
    let p = 1;
    for (let i = 0; i < 7; i++) p *= (1000 - i) / (2000 - i);
    expect(chanceOfFlagging(7, 1000, 1000, 0)).toBeCloseTo(p, 12);
    expect(chanceOfFlagging(0, 10, 10, 0)).toBe(1);
    expect(chanceOfFlagging(11, 10, 10, 0)).toBe(0);
    // One member, one non-member: the member is on top half the time.
    expect(chanceOfFlagging(1, 1, 1, 0)).toBeCloseTo(0.5, 12);
  });

  it('equals counting every arrangement of members and non-members', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 3 }), (M, N, k, f) => {
        let hits = 0;
        let total = 0;
        // Every set of member positions among M + N ranks, best rank first.
        for (let mask = 0; mask < 1 << (M + N); mask++) {
          if (popcount(mask) !== M) continue;
          total++;
          let members = 0;
          let nonMembers = 0;
          for (let pos = 0; pos < M + N; pos++) {
            if (mask & (1 << pos)) members++;
            else if (++nonMembers > f) break;
          }
          if (members >= k) hits++;
        }
        return Math.abs(chanceOfFlagging(k, M, N, f) - hits / total) < 1e-9;
      }),
      { numRuns: 300 },
    );
  });
});

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}
