/**
 * Runs the speed part's timings on the build: prompt-injection-speed-child.ts and what it
 * imports, compiled as `npm run build` compiles them, timed by plain `node` in a child process.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileForNode, runCompiled } from './compile-for-node.js';
import type { SpeedAnswer, SpeedJob } from './prompt-injection-speed-child.js';

/** Time the detector and the baselines on the build, in a child `node` process; its progress lines go to stderr. */
export function timeOnBuild(job: SpeedJob): SpeedAnswer {
  const tree = compileForNode(['bench/prompt-injection-speed-child.ts']);
  try {
    const jobFile = path.join(tree.dir, 'job.json');
    writeFileSync(jobFile, JSON.stringify(job));
    return JSON.parse(runCompiled(tree.js('bench/prompt-injection-speed-child.ts'), [jobFile])) as SpeedAnswer;
  } finally {
    rmSync(tree.dir, { recursive: true, force: true });
  }
}
