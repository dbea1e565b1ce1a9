/**
 * Find the assets in a folder: walk it (bounded), read the first bytes of every file and
 * sniff its format. Symbolic links are followed only to files inside the folder, so a
 * hostile repository cannot make aisec read files elsewhere on the machine.
 */
import { constants } from 'node:fs';
import { open, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';
import type { AssetKind } from '../core/target.js';
import type { AssetFormat } from './formats.js';
import { sniffBytes, sniffFormat } from './sniff.js';

/** One file found in the folder. */
export interface DiscoveredAsset {
  /** Path relative to the folder, with `/` separators. */
  path: string;
  /** Absolute path. */
  absPath: string;
  /** Format detected from content. */
  format: AssetFormat;
  /** What kind of asset it is. */
  kind: AssetKind;
  /** Size in bytes. */
  size: number;
  /** Set when the file could not be read; `format` is then `unknown`. */
  error?: string;
}

/** Options for {@link discoverAssets}. */
export interface DiscoverOptions {
  /** Most files to report before giving up with ERR_INVENTORY_LIMIT. Default 10,000. */
  maxFiles?: number;
  /** Deepest folder level to enter (the folder itself is 0). Default 32. */
  maxDepth?: number;
  /** Cancels the walk with ERR_ABORTED. */
  signal?: AbortSignal;
}

/** Folders never entered: dependencies, version control, aisec's own state. */
const skippedFolders = new Set(['node_modules', '__pycache__', '.git', '.aisec']);
/** Files sniffed at once. */
const concurrency = 8;

/**
 * Every file under `dir` with its sniffed format and kind, sorted by path.
 *
 * Skips dot-files, dot-folders, `node_modules` and `__pycache__`; never leaves `dir` through
 * a symbolic link (links to files inside are reported under the link's path, links to
 * folders are not followed). Throws ERR_TARGET_NOT_FOUND if `dir` is not a folder and
 * ERR_INVENTORY_LIMIT when it holds more than `maxFiles` files or nests deeper than
 * `maxDepth`, rather than return a partial list that looks complete.
 *
 * @example
 * const assets = await discoverAssets('examples/credit-scoring');
 * assets.filter((a) => a.kind === 'dataset').map((a) => a.path) // ['data/eval.csv', 'data/train.csv']
 */
export async function discoverAssets(dir: string, options: DiscoverOptions = {}): Promise<DiscoveredAsset[]> {
  const maxFiles = options.maxFiles ?? 10_000;
  const maxDepth = options.maxDepth ?? 32;
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${dir} is not a folder. Name the folder that holds the AI system.`, { details: { path: root } });
  }
  const realRoot = await realpath(root);
  const files: Array<{ rel: string; abs: string; link: boolean }> = [];
  const pending: Array<{ abs: string; rel: string; depth: number }> = [{ abs: root, rel: '', depth: 0 }];
  // Entries of any sort looked at, so a tree of empty folders or skipped files is bounded too.
  let entries = 0;
  const maxEntries = maxFiles * 10;
  while (pending.length > 0) {
    const folder = pending.pop()!;
    for await (const entry of await openFolder(folder.abs)) {
      checkAborted(options.signal);
      if (++entries > maxEntries) throw limitError(dir, `it holds more than ${maxEntries} files and folders`, 'maxFiles', maxFiles);
      if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
      const abs = path.join(folder.abs, entry.name);
      const rel = folder.rel === '' ? entry.name : `${folder.rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (folder.depth + 1 > maxDepth) throw limitError(dir, `folders nest deeper than ${maxDepth} levels (at ${rel})`, 'maxDepth', maxDepth);
        pending.push({ abs, rel, depth: folder.depth + 1 });
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        // A link is reported under its own path but read (and handed on) as its real target,
        // which must be a file inside the folder.
        const target = entry.isFile() ? abs : await fileInside(abs, realRoot);
        if (target === undefined) continue;
        files.push({ rel, abs: target, link: !entry.isFile() });
        if (files.length > maxFiles) throw limitError(dir, `it holds more than ${maxFiles} files`, 'maxFiles', maxFiles);
      }
      // Anything else (FIFOs, sockets, devices, links to folders or outside) is not an asset;
      // opening a FIFO would block.
    }
  }
  const assets = await mapLimit(files, concurrency, async (file) => {
    checkAborted(options.signal);
    return sniffFile(file.rel, file.abs, file.link);
  });
  return assets.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Open a folder for streaming its entries (a huge folder is never held in memory at once). */
async function openFolder(abs: string) {
  try {
    return await opendir(abs, { bufferSize: 64 });
  } catch (cause) {
    throw new AisecError('ERR_TARGET_UNREADABLE', `${abs} cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'}). Check its permissions.`, { cause, details: { path: abs } });
  }
}

/** The real path of a symbolic link's target if it is a regular file inside the (real) root. */
async function fileInside(link: string, realRoot: string): Promise<string | undefined> {
  try {
    const target = await realpath(link);
    const rel = path.relative(realRoot, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
    return (await stat(target)).isFile() ? target : undefined;
  } catch {
    return undefined;
  }
}

/** Read the head of one file and sniff it; unreadable files are reported, not dropped. */
async function sniffFile(rel: string, abs: string, viaLink: boolean): Promise<DiscoveredAsset> {
  let handle;
  try {
    // Files swapped after the walk: O_NOFOLLOW refuses a new symbolic link (targets of links
    // were resolved already), O_NONBLOCK keeps a new FIFO from hanging the read.
    const noFollow = viaLink ? 0 : (constants.O_NOFOLLOW ?? 0);
    handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK | noFollow);
    const info = await handle.stat();
    if (!info.isFile()) return { path: rel, absPath: abs, format: 'unknown', kind: 'other', size: 0, error: 'not a regular file' };
    const head = new Uint8Array(Math.min(sniffBytes, info.size));
    let filled = 0;
    while (filled < head.length) {
      const { bytesRead } = await handle.read(head, filled, head.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const { format, kind } = sniffFormat(head.subarray(0, filled), rel);
    return { path: rel, absPath: abs, format, kind, size: info.size };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    return { path: rel, absPath: abs, format: 'unknown', kind: 'other', size: 0, error: `cannot be read (${code})` };
  } finally {
    await handle?.close();
  }
}

function limitError(dir: string, what: string, option: string, limit: number): AisecError {
  return new AisecError('ERR_INVENTORY_LIMIT', `${dir}: ${what}. Name a narrower folder, or raise the limit (${option}).`, { details: { path: dir, option, limit } });
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AisecError('ERR_ABORTED', 'Discovery was cancelled.', { cause: signal.reason });
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
