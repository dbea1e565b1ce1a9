import { once } from 'node:events';
import { openAtomicFile } from '../../../integrity/index.js';

/** Where a command's results go, written as they are produced. */
export interface OutputSink {
  write(text: string): Promise<void>;
  /** The output is complete: for a file, rename it into place. */
  finish(): Promise<void>;
  /** The run failed: for a file, leave the old one as it was. */
  abort(): Promise<void>;
}

/**
 * Results to `--out FILE` (written atomically, old content kept until the run completes) or to
 * stdout, waiting for stdout to drain so a slow reader never makes results pile up in memory.
 */
export async function openOutput(file: string | undefined): Promise<OutputSink> {
  if (file !== undefined) {
    const out = await openAtomicFile(file);
    return { write: (text) => out.write(text), finish: () => out.commit(), abort: () => out.abort() };
  }
  return {
    async write(text) {
      if (!process.stdout.write(text)) await once(process.stdout, 'drain');
    },
    async finish() {},
    async abort() {},
  };
}
