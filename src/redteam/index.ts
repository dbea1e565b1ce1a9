/**
 * The red-team runner for LLM applications: targets, probes, strategies, response detectors and
 * the harness. Other folders reach this one only through this file.
 */
export type * from './types.js';
