/**
 * The report formats aisec ships, each a pure renderer of `aisec.report/v1`.
 * The terminal and html formats live in their own folders beside these.
 */
export { checkedReport, json } from './json.js';
export { artifactUri, fingerprintKey, informationUri, renderSarifLog, sarif, sarifLevel, sarifSchemaUri, type ArtifactUri, type SarifLog } from './sarif/index.js';
export { cyclonedx, cyclonedxSchemaUri, renderBom, serialNumberOf, type CdxBom } from './cyclonedx/index.js';
export { terminalReporter as terminal } from './terminal/index.js';
export { htmlReporter as html } from './html/index.js';
