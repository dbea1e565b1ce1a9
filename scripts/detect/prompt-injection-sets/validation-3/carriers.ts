/** Validation set, batch 3: documents of kinds no other set uses (notebook, Terraform plan, OpenAPI spec, crash report, lease, recipe card, manual, patent, show notes, exhibit label, match report, property listing, report card, job posting, claim form, visa checklist, CI workflow, quiz, browser history, dataset card, radio log, knitting pattern), six not in English, with payload slots. */
import type { Carrier } from '../types.js';
import { carriersValidation3a } from './carriers-a.js';
import { carriersValidation3b } from './carriers-b.js';

export const carriersValidation3: readonly Carrier[] = [...carriersValidation3a, ...carriersValidation3b];
