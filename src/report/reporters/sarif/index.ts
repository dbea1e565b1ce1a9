import { defineReporter } from '../../reporter.js';
import { checkedReport } from '../json.js';
import { renderSarifLog } from './render-sarif.js';

export { artifactUri, type ArtifactUri } from './artifact-uri.js';
export { fingerprintKey } from './results.js';
export { sarifLevel } from './rules.js';
export { informationUri, renderSarifLog, sarifSchemaUri } from './render-sarif.js';
export type { SarifLog } from './sarif-types.js';

/**
 * The SARIF 2.1.0 report, shaped for GitHub code scanning (`security-severity`, `precision`,
 * tags, partial fingerprints) and following semgrep's choices for the rest.
 * @see docs/report-formats.md
 */
export const sarif = defineReporter({
  id: 'sarif',
  summary: 'SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps).',
  mediaType: 'application/sarif+json',
  fileName: 'report.sarif',
  render(report) {
    return `${JSON.stringify(renderSarifLog(checkedReport(report)), null, 2)}\n`;
  },
});
