import type { ScannerDef } from '../../core/scanner.js';
import { archiveScanner } from './archive/scanner.js';
import { pickleScanner } from './pickle/scanner.js';

/** Every model-file scanner, in the order they run. A plain list: add new format scanners here. */
export const modelScanners: readonly ScannerDef[] = [pickleScanner, archiveScanner];
