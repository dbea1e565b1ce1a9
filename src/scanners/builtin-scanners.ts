import type { ScannerDef } from '../core/scanner.js';
import { dataLabelNoiseScanner } from './data/label-noise/index.js';
import { duplicatesScanner } from './data/duplicates/index.js';
import { outliersScanner } from './data/outliers/index.js';
import { dataPiiScanner } from './data/pii/index.js';
import { textTriggersScanner } from './data/text-triggers/index.js';
import { dataValidateScanner } from './data/validate/index.js';
import { integrityScanner } from './integrity/index.js';
import { inventoryScanner } from './inventory/index.js';
import { modelScanners } from './model/index.js';
import { signatureScanner } from './signature/index.js';

/** Every built-in scanner, in the order they run on a target. The one registration site. */
export const builtinScanners: readonly ScannerDef[] = [integrityScanner, inventoryScanner, ...modelScanners, dataValidateScanner, dataPiiScanner, dataLabelNoiseScanner, duplicatesScanner, outliersScanner, textTriggersScanner, signatureScanner];
