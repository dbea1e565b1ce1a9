export { columnIndex, numericColumn, textColumn, type Cell, type Table } from './table.js';
export * from './readers/index.js';
export * from './models/index.js';
export * from './onnx/index.js';
export * from './adapters/index.js';
