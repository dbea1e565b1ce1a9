export { columnIndex, numericColumn, textColumn, type Cell, type Table } from './table.js';
