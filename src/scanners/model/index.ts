import type { ScannerDef } from '../../core/scanner.js';
import { archiveScanner } from './archive/scanner.js';
import { ggufScanner } from './gguf/index.js';
import { h5Scanner } from './h5/index.js';
import { kerasScanner } from './keras/index.js';
import { onnxScanner } from './onnx/index.js';
import { pickleScanner } from './pickle/scanner.js';
import { safetensorsScanner } from './safetensors/index.js';
import { savedModelScanner } from './savedmodel/index.js';

/** Every model-file scanner, in the order they run. A plain list: add new format scanners here. */
export const modelScanners: readonly ScannerDef[] = [pickleScanner, archiveScanner, ggufScanner, h5Scanner, safetensorsScanner, onnxScanner, savedModelScanner, kerasScanner];
