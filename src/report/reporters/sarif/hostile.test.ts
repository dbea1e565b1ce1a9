import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../../reporter.js';
import { type SarifLog, sarif } from './index.js';
import { hostileReports } from './test-support/hostile-reports.js';
import { compileSarifValidator, describeErrors } from './test-support/sarif-validator.js';

const ctx: RenderContext = { outputs: {}, color: false, width: 80 };
const validate = compileSarifValidator();
const reports = hostileReports();

describe('sarif reporter on hostile reports', () => {
  it.each(Object.keys(reports))('renders the %s report as schema-valid SARIF', (name) => {
    const report = reports[name]!;
    const log = JSON.parse(sarif.render(report, ctx)) as SarifLog;
    expect(validate(log), describeErrors(validate.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(report.findings.length);
  });

  it('encodes every hostile path into a URI reference, without URL credentials', () => {
    const text = sarif.render(reports.paths!, ctx);
    const uris = (JSON.parse(text) as SarifLog).runs[0].artifacts?.map((a) => a.location) ?? [];
    expect(uris).toContainEqual({ uri: 'models/my%20model%20%231%20(100%25).pkl', uriBaseId: '%SRCROOT%' });
    expect(uris).toContainEqual({ uri: 'file:///C:/Users/me/My%20Models/model.pkl' });
    expect(uris).toContainEqual({ uri: 'file://fileserver/share/model.onnx' });
    expect(uris).toContainEqual({ uri: '../../outside/model.pkl', uriBaseId: '%SRCROOT%' });
    expect(uris).toContainEqual({ uri: 'https://host.example/p%7Cq?x=1%202#f%23g' });
    expect(uris.some((u) => u.uri.includes('secret'))).toBe(false);
  });

  it('keeps a huge message whole (the JSON stays parseable)', () => {
    const log = JSON.parse(sarif.render(reports.huge!, ctx)) as SarifLog;
    expect(log.runs[0].results[0]?.message.text.length).toBeGreaterThanOrEqual(1_000_000);
  });

  it('keeps unicode text as it is in messages', () => {
    const log = JSON.parse(sarif.render(reports.unicode!, ctx)) as SarifLog;
    expect(log.runs[0].results[0]?.message.text).toContain('emoji 😀');
    expect(log.runs[0].results[0]?.message.text).toContain('\u202E');
  });

  it('writes one artifact per distinct path when targets repeat', () => {
    const report = reports.duplicates!;
    const log = JSON.parse(sarif.render(report, ctx)) as SarifLog;
    expect(log.runs[0].artifacts).toHaveLength(new Set(report.targets.map((t) => t.path)).size);
  });
});
