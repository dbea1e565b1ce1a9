/**
 * The checkpoint lines of checkpoints.log, parsed one at a time (bounded memory however many).
 */
import { maxCheckpointBytes } from './log-files.js';
import { readLogLines } from './read-lines.js';
import { parseCheckpoint, type Checkpoint } from './tree-head.js';

/** One line of checkpoints.log: a checkpoint, or what is wrong with it. */
export type CheckpointLine =
  | { readonly line: number; readonly offset: number; readonly checkpoint: Checkpoint }
  | { readonly line: number; readonly offset: number; readonly problem: string };

/** The lines of `file` in order (1-based line numbers). */
export async function* readCheckpoints(file: string, signal?: AbortSignal): AsyncGenerator<CheckpointLine> {
  let line = 0;
  for await (const item of readLogLines(file, { maxLineBytes: maxCheckpointBytes, chunkBytes: 256 * 1024, ...(signal ? { signal } : {}) })) {
    line++;
    if (item.kind === 'too-long') yield { line, offset: item.offset, problem: `it is ${item.length} bytes, longer than any checkpoint (${maxCheckpointBytes})` };
    else if (item.kind === 'tail') yield { line, offset: item.offset, problem: 'it is incomplete (no line end): a write was cut short; the gateway removes it when it next starts' };
    else {
      const parsed = parseCheckpoint(item.bytes.toString('utf8'));
      yield typeof parsed === 'string' ? { line, offset: item.offset, problem: `it is not a checkpoint: ${parsed}` } : { line, offset: item.offset, checkpoint: parsed };
    }
  }
}
