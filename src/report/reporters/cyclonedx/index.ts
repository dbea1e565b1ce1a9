import { defineReporter } from '../../reporter.js';
import { checkedReport } from '../json.js';
import { renderBom } from './render-bom.js';

export { cyclonedxSchemaUri, renderBom } from './render-bom.js';
export { serialNumberOf } from './serial-number.js';
export type { CdxBom } from './cdx-types.js';

/**
 * The CycloneDX 1.6 AI-BOM: the system, its models (with model cards) and data sets with
 * their hashes, training-data dependencies, endpoints, and the findings as vulnerabilities.
 * @see docs/report-formats.md
 */
export const cyclonedx = defineReporter({
  id: 'cyclonedx',
  summary: 'CycloneDX 1.6 AI-BOM: models, data sets, training links and findings.',
  mediaType: 'application/vnd.cyclonedx+json; version=1.6',
  fileName: 'aibom.cdx.json',
  render(report) {
    return `${JSON.stringify(renderBom(checkedReport(report)), null, 2)}\n`;
  },
});
