/**
 * The JSON body of one request: the rows of a batch (or the one row of single mode) as arrays
 * or as objects keyed by feature name, placed into the mapping's template at its field.
 */
import { AisecError } from '../../core/errors.js';
import type { Matrix } from '../models/matrix.js';
import { parsePointer, withValueAt } from './json-pointer.js';
import type { HttpModelMapping } from './http-mapping.js';

/** Builds request bodies for one mapping. */
export type BodyBuilder = (inputs: Matrix, start: number, end: number) => string;

/** A body builder for `mapping`; `name` is the model's name in messages. */
export function bodyBuilder(mapping: HttpModelMapping, name: string): BodyBuilder {
  const { mode, row, template } = mapping.request;
  const field = parsePointer(mapping.request.field, false).head;
  const names = mapping.featureNames;
  const rowValue = (inputs: Matrix, r: number): unknown => {
    const values = inputs.data.subarray(r * inputs.cols, (r + 1) * inputs.cols);
    if (row === 'array') return Array.from(values);
    return Object.fromEntries(names!.map((feature, j) => [feature, values[j]]));
  };
  return (inputs, start, end) => {
    const rows: unknown[] = [];
    for (let r = start; r < end; r++) rows.push(rowValue(inputs, r));
    try {
      return JSON.stringify(withValueAt(template, field, mode === 'single' ? rows[0] : rows));
    } catch (error) {
      throw new AisecError('ERR_CONFIG_INVALID', `${name}: request.field ${mapping.request.field} cannot be placed in request.template: ${(error as Error).message}`, { cause: error });
    }
  };
}
