import { cyclonedx, html, json, sarif, terminal } from './reporters/index.js';

/**
 * The report formats aisec ships, by `--format` name: the one list of built-in reporters
 * (vitest's ReportersMap pattern). Keys equal each reporter's `id`.
 */
export const builtinReporters = { terminal, json, sarif, html, cyclonedx } as const;

/** The name of a built-in report format, e.g. `'sarif'`. */
export type BuiltinFormat = keyof typeof builtinReporters;
