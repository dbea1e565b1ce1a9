/**
 * Text detectors shared by scanners, guards and the red team. Other folders reach this one
 * only through this file.
 */
export * from './pii/index.js';
export * from './prompt-injection/index.js';
export { readJsonlTexts, readTextLines, readWholeText, DEFAULT_MAX_LINE_BYTES, type TextInput, type TextInputId, type JsonlTextOptions, type LineReadOptions, type WholeText } from './text-inputs.js';
