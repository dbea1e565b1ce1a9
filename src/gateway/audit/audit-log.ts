/**
 * The audit log writer. Entries are numbered, hashed into the tree and written with one
 * positional `write` in the request path — by default at once, so a request's entry reaches the
 * operating system before the last bytes of its response are sent; with `batchMs`, gathered and
 * written once per batch — and `fdatasync`ed every `fsyncMs`. Every `checkpointEntries` entries or `checkpointSeconds` seconds, once the covered
 * entries are on disk, a signed tree head is appended to checkpoints.log. `close` writes what is
 * queued, syncs, and appends a final signed head.
 *
 * A write that fails (disk full, I/O error) keeps the batch queued and is retried every second;
 * the log reports itself as failing until a write succeeds. Entries beyond `maxQueuedBytes` while
 * failing are counted as lost, never half-written.
 */
import type { KeyObject } from 'node:crypto';
import { closeSync, fdatasync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { MerkleFrontier } from '../../integrity/index.js';
import { canonicalJson } from '../../store/index.js';
import { CHECKPOINTS_FILE, ENTRIES_FILE, openLogMeta } from './log-files.js';
import { encodeRecord } from './record-codec.js';
import { recoverLog, type Recovery } from './recover-log.js';
import { makeCheckpoint, type Checkpoint, type HeadRef } from './tree-head.js';
import { lockLog } from './writer-lock.js';

/** Options for {@link AuditLog.open}. */
export interface AuditLogOptions {
  /** Absolute path of the log folder. */
  readonly dir: string;
  /** Private key that signs tree heads; without it heads are unsigned. */
  readonly signingKey?: KeyObject;
  readonly checkpointEntries: number;
  readonly checkpointSeconds: number;
  readonly fsyncMs: number;
  /** 0: write each entry as it is appended; more: gather entries for this many ms. */
  readonly batchMs: number;
  /** Queue bound while writes fail. Default 64 MiB. */
  readonly maxQueuedBytes?: number;
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** Told when writing starts failing (with the error code) and when it works again. */
  readonly onWriteState?: (failing: boolean, error: string | undefined) => void;
}

/** Counters of an open log. */
export interface AuditLogStats {
  /** Entries in the tree (written or queued). */
  readonly treeSize: number;
  /** Entries written to the operating system. */
  readonly writtenSize: number;
  readonly queued: number;
  readonly appended: number;
  readonly lost: number;
  readonly writeErrors: number;
  readonly lastWriteError: string | undefined;
  readonly failing: boolean;
  readonly checkpoints: number;
  readonly lastCheckpoint: Checkpoint | undefined;
  readonly signed: boolean;
}

const retryMs = 1000;

function fdatasyncAsync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));
}

/** An open audit log (one writer per folder). */
export class AuditLog {
  readonly logId: string;
  readonly recovery: Recovery;
  readonly #o: AuditLogOptions;
  readonly #tree: MerkleFrontier;
  readonly #entriesFd: number;
  readonly #checkpointsFd: number;
  readonly #unlock: () => void;
  readonly #maxQueued: number;
  #queue: string[] = [];
  #queuedBytes = 0;
  #offset: number;
  #checkpointsOffset: number;
  #written: number;
  #dirty = false;
  #checkpointsDirty = false;
  #scheduled = false;
  #failing = false;
  #appended = 0;
  #lost = 0;
  #writeErrors = 0;
  #lastError: string | undefined;
  #checkpoints = 0;
  #lastCheckpoint: Checkpoint | undefined;
  #prevHead: HeadRef | undefined;
  #checkpointing: Promise<void> | undefined;
  #syncing: Promise<void> | undefined;
  #closed = false;
  readonly #timers: NodeJS.Timeout[] = [];
  #retry: NodeJS.Timeout | undefined;
  readonly #onExit = (): void => {
    this.#flush();
  };

  private constructor(options: AuditLogOptions, logId: string, recovery: Recovery, fds: [number, number], unlock: () => void) {
    this.#o = options;
    this.logId = logId;
    this.recovery = recovery;
    this.#tree = recovery.tree;
    this.#written = recovery.tree.size;
    this.#offset = recovery.entriesBytes;
    this.#checkpointsOffset = recovery.checkpointsBytes;
    this.#lastCheckpoint = recovery.lastCheckpoint;
    this.#prevHead = recovery.previousHead;
    [this.#entriesFd, this.#checkpointsFd] = fds;
    this.#unlock = unlock;
    this.#maxQueued = options.maxQueuedBytes ?? 64 * 1024 * 1024;
    const every = (ms: number, fn: () => void) => {
      const timer = setInterval(fn, ms);
      timer.unref();
      this.#timers.push(timer);
    };
    every(options.fsyncMs, () => void this.sync().catch(() => undefined));
    every(options.checkpointSeconds * 1000, () => {
      if (this.#written > (this.#lastCheckpoint?.treeSize ?? 0)) void this.checkpoint();
    });
    // A process that exits (process.exit, an uncaught exception) still hands the queue to the OS.
    process.on('exit', this.#onExit);
  }

  /**
   * Open (or create) the log in `options.dir`: take the writer lock, recover, and continue.
   * Throws ERR_AUDIT_LOG when the log is damaged beyond a cut-short last record.
   */
  static async open(options: AuditLogOptions): Promise<AuditLog> {
    const meta = await openLogMeta(options.dir, options.now);
    const unlock = lockLog(options.dir);
    try {
      const recovery = await recoverLog(options.dir, meta.logId, options.signingKey);
      const entriesFd = openSync(path.join(options.dir, ENTRIES_FILE), 'r+');
      let checkpointsFd: number;
      try {
        checkpointsFd = openSync(path.join(options.dir, CHECKPOINTS_FILE), 'r+');
      } catch (error) {
        closeSync(entriesFd);
        throw error;
      }
      return new AuditLog(options, meta.logId, recovery, [entriesFd, checkpointsFd], unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /** Counters for health and metrics. */
  stats(): AuditLogStats {
    return {
      treeSize: this.#tree.size, writtenSize: this.#written, queued: this.#queue.length, appended: this.#appended, lost: this.#lost, writeErrors: this.#writeErrors,
      lastWriteError: this.#lastError, failing: this.#failing, checkpoints: this.#checkpoints, lastCheckpoint: this.#lastCheckpoint, signed: this.#o.signingKey !== undefined,
    };
  }

  /**
   * Number, hash and queue an entry (a JSON object without `seq`); returns its seq, or
   * undefined when it was lost (the log is closed, or the queue is full while writes fail).
   */
  append(entry: Record<string, unknown>): number | undefined {
    return this.appendJson((seq) => {
      entry.seq = seq;
      return canonicalJson(entry);
    });
  }

  /**
   * Like {@link append}, for an entry whose canonical JSON text (with `seq`) the caller writes
   * itself: `encode` is given the seq and must return the entry's canonical JSON.
   */
  appendJson(encode: (seq: number) => string): number | undefined {
    if (this.#closed || this.#queuedBytes > this.#maxQueued) {
      this.#lost++;
      return undefined;
    }
    const seq = this.#tree.size;
    const { line, leaf } = encodeRecord(encode(seq));
    this.#tree.append(leaf);
    this.#queue.push(line);
    this.#queuedBytes += line.length;
    this.#appended++;
    if (this.#failing) return seq;
    // Write-ahead: without batching the entry reaches the operating system before the caller
    // goes on (the gateway appends a request's entry before the last bytes of its response).
    if (this.#o.batchMs === 0) this.#flush();
    else if (!this.#scheduled) {
      this.#scheduled = true;
      setTimeout(this.#scheduledFlush, this.#o.batchMs);
    }
    return seq;
  }

  readonly #scheduledFlush = (): void => {
    this.#scheduled = false;
    this.#flush();
  };

  /** Write the queue with one positional write; false when the write failed (the queue stays). */
  #flush(): boolean {
    if (this.#queue.length === 0) return true;
    const count = this.#queue.length;
    const bytes = Buffer.from(count === 1 ? this.#queue[0]! : this.#queue.join(''), 'utf8');
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(this.#entriesFd, bytes, done, bytes.length - done, this.#offset + done);
    } catch (error) {
      // The batch is written again from the same offset, over whatever part of it got through.
      this.#writeFailed(error);
      return false;
    }
    this.#offset += bytes.length;
    this.#queue = [];
    this.#queuedBytes = 0;
    this.#written += count;
    this.#dirty = true;
    if (this.#failing) this.#writeRecovered();
    if (this.#written - (this.#lastCheckpoint?.treeSize ?? 0) >= this.#o.checkpointEntries) void this.checkpoint();
    return true;
  }

  #writeFailed(error: unknown): void {
    this.#writeErrors++;
    this.#lastError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    if (!this.#failing) {
      this.#failing = true;
      this.#o.log(`gateway: audit log: writing ${ENTRIES_FILE} failed (${this.#lastError}); ${this.#queue.length} entries kept in memory, retrying every ${retryMs / 1000} s`);
      this.#o.onWriteState?.(true, this.#lastError);
    }
    if (this.#retry === undefined && !this.#closed) {
      this.#retry = setTimeout(() => {
        this.#retry = undefined;
        this.#flush();
      }, retryMs);
      this.#retry.unref();
    }
  }

  #writeRecovered(): void {
    this.#failing = false;
    this.#o.log(`gateway: audit log: writing works again; ${this.#written} entries written`);
    this.#o.onWriteState?.(false, undefined);
  }

  /** Hand the queue to the OS now, then fdatasync both files. */
  async sync(): Promise<void> {
    this.#flush();
    if (this.#syncing) return this.#syncing;
    if (!this.#dirty && !this.#checkpointsDirty) return;
    const entries = this.#dirty;
    const checkpoints = this.#checkpointsDirty;
    this.#dirty = false;
    this.#checkpointsDirty = false;
    this.#syncing = (async () => {
      try {
        if (entries) await fdatasyncAsync(this.#entriesFd);
        if (checkpoints) await fdatasyncAsync(this.#checkpointsFd);
      } catch (error) {
        this.#dirty ||= entries;
        this.#checkpointsDirty ||= checkpoints;
        this.#writeErrors++;
        this.#lastError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw error;
      } finally {
        this.#syncing = undefined;
      }
    })();
    return this.#syncing;
  }

  /**
   * Append a signed tree head covering every entry written so far, once they are on disk (so a
   * power loss cannot leave a head over entries that were never stored).
   */
  checkpoint(): Promise<void> {
    this.#checkpointing ??= this.#writeCheckpoint().finally(() => {
      this.#checkpointing = undefined;
    });
    return this.#checkpointing;
  }

  async #writeCheckpoint(): Promise<void> {
    if (!this.#flush()) return;
    if (this.#written === (this.#lastCheckpoint?.treeSize ?? 0) && this.#lastCheckpoint !== undefined) return;
    if (this.#written === 0) return;
    // The tree as it is now equals the written entries: the queue was just emptied.
    const tree = this.#tree.clone();
    const offset = this.#offset;
    try {
      await this.#syncing;
      this.#dirty = true;
      await this.sync();
    } catch {
      return;
    }
    const { checkpoint, line } = makeCheckpoint(this.logId, tree, offset, this.#o.now(), this.#o.signingKey, this.#prevHead);
    const bytes = Buffer.from(line, 'utf8');
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(this.#checkpointsFd, bytes, done, bytes.length - done, this.#checkpointsOffset + done);
    } catch (error) {
      this.#writeErrors++;
      this.#lastError = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.#o.log(`gateway: audit log: writing ${CHECKPOINTS_FILE} failed (${this.#lastError}); the next checkpoint will cover these entries`);
      return;
    }
    this.#checkpointsOffset += bytes.length;
    this.#checkpointsDirty = true;
    this.#checkpoints++;
    this.#lastCheckpoint = checkpoint;
    this.#prevHead = { treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash };
  }

  /**
   * Write what is queued, sync, append a final signed head and release the log. Called once,
   * after the last request closed.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    for (const timer of this.#timers) clearInterval(timer);
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = undefined;
    await this.#checkpointing;
    // One more try for a queue a failing disk held back.
    if (!this.#flush()) this.#o.log(`gateway: audit log: ${this.#queue.length} entries could not be written on close (${this.#lastError ?? 'error'})`);
    this.#closed = true;
    try {
      await this.#writeCheckpoint();
      await this.#syncing;
      await this.sync();
    } catch (error) {
      this.#o.log(`gateway: audit log: syncing on close failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    } finally {
      process.off('exit', this.#onExit);
      closeSync(this.#entriesFd);
      closeSync(this.#checkpointsFd);
      this.#unlock();
    }
  }
}
