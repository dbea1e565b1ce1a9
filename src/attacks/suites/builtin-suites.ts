import { extractionSuite } from './extraction-suite.js';
import { privacySuite } from './privacy-suite.js';
import { robustnessSuite } from './robustness-suite.js';
import type { TestSuiteDef } from './suite.js';

/** Every built-in adversarial test suite, in the order they run. The one registration site. */
export const builtinSuites: readonly TestSuiteDef[] = [robustnessSuite, privacySuite, extractionSuite];
