import { describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../schema.js';
import { sampleReport } from '../../test-support/sample-report.js';
import { assessPosture, incompleteCaveat } from './posture.js';

/** The sample with only findings of the given severities and, optionally, everything checked. */
function variant(keep: readonly string[], complete: boolean): ReportV1 {
  const r = sampleReport();
  r.findings = r.findings.filter((f) => keep.includes(f.severity));
  if (complete) {
    r.targets = r.targets.map((t) => ({ ...t, status: 'complete' }));
    r.diagnostics = [];
    r.summary = { ...r.summary, incomplete: 0 };
  }
  return r;
}

describe('assessPosture', () => {
  it('is not ready when a critical problem is open, with the caveat when parts were not checked', () => {
    const p = assessPosture(sampleReport());
    expect(p.tone).toBe('danger');
    expect(p.headline).toBe('Not ready: 1 critical and 1 high-severity problem must be fixed before this system is used');
    expect(p.caveat).toBe(incompleteCaveat);
    expect(p.open).toEqual({ critical: 1, high: 1, medium: 1, low: 1, info: 1 });
  });

  it('matches the noun to the last count', () => {
    const r = variant(['critical'], true);
    r.findings.push({ ...r.findings[0]!, fingerprint: 'f'.repeat(64) });
    expect(assessPosture(r).headline).toBe('Not ready: 2 critical problems must be fixed before this system is used');
  });

  it('does not count suppressed findings', () => {
    const r = variant(['high'], true); // only the integrity finding and the suppressed one
    expect(assessPosture(r).headline).toBe('Not ready: 1 high-severity problem must be fixed before this system is used');
    expect(assessPosture(r).details).toContain('1 known problem was accepted by its owner for now and is not counted.');
  });

  it('needs attention for medium problems', () => {
    const p = assessPosture(variant(['medium', 'low'], true));
    expect(p.tone).toBe('warning');
    expect(p.headline).toBe('Needs attention: 1 medium-severity problem should be fixed soon');
    expect(p.caveat).toBeNull();
  });

  it('finds no serious problems only when everything was checked', () => {
    expect(assessPosture(variant(['low', 'info'], true))).toMatchObject({ tone: 'ok', headline: 'No serious problems found', caveat: null });
    const partial = assessPosture(variant(['low', 'info'], false));
    expect(partial.tone).toBe('warning');
    expect(partial.headline).toBe('No serious problems found in what was checked');
    expect(partial.caveat).toBe(incompleteCaveat);
  });

  it('treats a failed check as incomplete even when every target says complete', () => {
    const r = variant([], true);
    r.diagnostics = [{ path: 'models/model.onnx', scanner: 'onnx', code: 'crash', level: 'error', message: 'The scanner crashed.' }];
    const p = assessPosture(r);
    expect(p.incomplete).toBe(true);
    expect(p.tone).not.toBe('ok');
    expect(p.details).toContain('1 check failed to run.');
  });

  it('says nothing was assessed when there was nothing to check', () => {
    const r = { ...variant([], true), targets: [] };
    expect(assessPosture(r)).toMatchObject({ tone: 'unknown', headline: 'Not assessed: nothing in this system could be checked' });
  });

  it('describes coverage by kind', () => {
    expect(assessPosture(sampleReport()).details[0]).toBe('4 items were examined (2 models and 2 datasets); 1 of them could not be checked completely.');
    expect(assessPosture(variant([], true)).details[0]).toBe('4 items were examined (2 models and 2 datasets), and all of them were checked completely.');
  });
});
