/**
 * Validation-4 carriers: 24 English documents and 12 in other languages.
 */
import type { Carrier } from '../types.js';
import { carriersValidation4A } from './carriers-a.js';
import { carriersValidation4B } from './carriers-b.js';

export const carriersValidation4: readonly Carrier[] = [...carriersValidation4A, ...carriersValidation4B];
