/**
 * Asset discovery: what a file is (from its content), what a folder holds, and a draft
 * aisec.yaml for it.
 */
export { sniffFormat, sniffBytes, type SniffResult } from './sniff.js';
export { extensionMismatch } from './extension-mismatch.js';
export { assetFormats, kindForFormat, modelFormats, datasetFormats, containerFormats, type AssetFormat } from './formats.js';
export { isSafetensors } from './sniff-magic.js';
export { countFields, type FieldCounts, type FieldCountOptions } from './field-counts.js';
export { discoverAssets, type DiscoveredAsset, type DiscoverOptions } from './discover.js';
export { draftDescriptor } from './draft-descriptor.js';
