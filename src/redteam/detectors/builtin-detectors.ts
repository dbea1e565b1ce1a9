/** Every built-in response detector, listed once. */
import type { ResponseDetectorDef } from '../types.js';
import { canaryLeakedDetector } from './canary-leaked.js';
import { exfilUrlDetector } from './exfil-url.js';
import { injectionInOutputDetector } from './injection-in-output.js';
import { markerEmittedDetector } from './marker-emitted.js';
import { refusalAbsentDetector } from './refusal-absent.js';
import { systemPromptOverlapDetector } from './system-prompt-overlap.js';
import { toolCalledWithAttackerArgsDetector } from './tool-called-with-attacker-args.js';

export const builtinResponseDetectors: readonly ResponseDetectorDef[] = Object.freeze([
  markerEmittedDetector,
  canaryLeakedDetector,
  systemPromptOverlapDetector,
  exfilUrlDetector,
  toolCalledWithAttackerArgsDetector,
  refusalAbsentDetector,
  injectionInOutputDetector,
]);
