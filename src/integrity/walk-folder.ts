/**
 * List every file of a folder for a manifest or a signature: all regular files, dot-files
 * included, minus ignored paths, in the order model-transparency sorts them.
 */
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';
import { comparePosixPaths, isAtOrBelow } from './posix-path.js';
import { printable } from './printable.js';

/**
 * Paths left out of manifests and signatures unless the user says otherwise: version-control
 * state, as model-transparency leaves it out (its signature file, `model.sig`, is added by
 * whoever writes one).
 */
export const DEFAULT_IGNORE_PATHS: readonly string[] = ['.git', '.gitattributes', '.github', '.gitignore'];

/** One file of a walked folder. */
export interface FolderFile {
  /** Path relative to the folder, `/`-separated. */
  readonly path: string;
  /** Absolute path. */
  readonly absPath: string;
  /** Size when listed (the file may change before it is hashed). */
  readonly size: number;
}

/** Options of {@link walkFolder}. */
export interface WalkFolderOptions {
  /** Relative POSIX paths to leave out; a folder leaves out everything below it. */
  readonly ignore?: readonly string[];
  /** Follow symbolic links to files inside the folder (links to folders are never entered). Default false: a link is an error. */
  readonly allowSymlinks?: boolean;
  /** Most files before giving up with ERR_INVENTORY_LIMIT. Default 100,000. */
  readonly maxFiles?: number;
  /** Deepest folder level entered (the folder itself is 0). Default 64. */
  readonly maxDepth?: number;
  readonly signal?: AbortSignal;
}

/**
 * Every regular file under `dir`, sorted with {@link comparePosixPaths}.
 *
 * Nothing is skipped silently except `ignore`: a symbolic link (unless `allowSymlinks`), a
 * FIFO, socket or device is an error, because a signature or manifest that quietly left a
 * file out would vouch for a folder it never saw whole. Limits raise ERR_INVENTORY_LIMIT
 * rather than return a partial list.
 *
 * @example
 * const files = await walkFolder('models/bert', { ignore: ['model.sig', '.git'] });
 */
export async function walkFolder(dir: string, options: WalkFolderOptions = {}): Promise<FolderFile[]> {
  const maxFiles = options.maxFiles ?? 100_000;
  const maxDepth = options.maxDepth ?? 64;
  const ignore = options.ignore ?? [];
  const root = path.resolve(dir);
  const info = await stat(root).catch((error: unknown) => {
    throw new AisecError('ERR_TARGET_NOT_FOUND', `${dir} does not exist: check the path.`, { cause: error, details: { path: dir } });
  });
  if (!info.isDirectory()) throw new AisecError('ERR_TARGET_UNREADABLE', `${dir} is not a folder.`, { details: { path: dir } });
  const realRoot = await realpath(root);
  const files: FolderFile[] = [];
  const pending: Array<{ abs: string; rel: string; depth: number }> = [{ abs: root, rel: '', depth: 0 }];
  let entries = 0;
  while (pending.length > 0) {
    const folder = pending.pop()!;
    const handle = await opendir(folder.abs).catch((error: unknown) => {
      throw new AisecError('ERR_TARGET_UNREADABLE', `${folder.abs} cannot be listed (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
    });
    for await (const entry of handle) {
      if (options.signal?.aborted) throw new AisecError('ERR_ABORTED', `Listing ${dir} was cancelled.`, { cause: options.signal.reason });
      // Entries of every sort count, so a tree of empty folders is bounded too.
      if (++entries > maxFiles * 10) throw limit(dir, `more than ${maxFiles * 10} entries`);
      const rel = folder.rel === '' ? entry.name : `${folder.rel}/${entry.name}`;
      if (ignore.some((p) => isAtOrBelow(rel, p))) continue;
      const abs = path.join(folder.abs, entry.name);
      if (entry.isDirectory()) {
        if (folder.depth + 1 > maxDepth) throw limit(dir, `folders nested deeper than ${maxDepth} levels (${rel})`);
        pending.push({ abs, rel, depth: folder.depth + 1 });
      } else if (entry.isFile()) {
        files.push({ path: rel, absPath: abs, size: (await lstat(abs)).size });
      } else if (entry.isSymbolicLink()) {
        const file = await followLink(abs, rel, dir, realRoot, options.allowSymlinks === true);
        if (file) files.push(file);
      } else {
        throw new AisecError('ERR_TARGET_UNREADABLE', `${printable(path.join(dir, rel))} is not a regular file or folder (a FIFO, socket or device): remove it, or ignore it.`, { details: { path: rel } });
      }
      if (files.length > maxFiles) throw limit(dir, `more than ${maxFiles} files`);
    }
  }
  return files.sort((a, b) => comparePosixPaths(a.path, b.path));
}

async function followLink(abs: string, rel: string, dir: string, realRoot: string, allowed: boolean): Promise<FolderFile | undefined> {
  if (!allowed) {
    throw new AisecError('ERR_TARGET_UNREADABLE', `${printable(path.join(dir, rel))} is a symbolic link: replace it with the file, ignore it, or allow links (--allow-symlinks).`, { details: { path: rel } });
  }
  const target = await stat(abs).catch(() => undefined);
  if (target === undefined) throw new AisecError('ERR_TARGET_UNREADABLE', `${printable(path.join(dir, rel))} is a broken symbolic link.`, { details: { path: rel } });
  // A link may only name a file inside the folder: a signature or manifest vouches for the
  // folder, and a hostile one must not make aisec read files elsewhere on the machine.
  const real = await realpath(abs);
  const inside = path.relative(realRoot, real);
  if (inside === '' || inside.split(path.sep)[0] === '..' || path.isAbsolute(inside)) {
    throw new AisecError('ERR_TARGET_UNREADABLE', `${printable(path.join(dir, rel))} links to a file outside the folder: copy the file in, or ignore the link.`, { details: { path: rel } });
  }
  // A link to a folder is not entered: it could loop, or lead anywhere on the machine.
  if (target.isDirectory()) return undefined;
  if (!target.isFile()) throw new AisecError('ERR_TARGET_UNREADABLE', `${printable(path.join(dir, rel))} links to something that is not a regular file.`, { details: { path: rel } });
  return { path: rel, absPath: abs, size: target.size };
}

function limit(dir: string, what: string): AisecError {
  return new AisecError('ERR_INVENTORY_LIMIT', `${printable(dir)} holds ${printable(what)}: name a smaller folder, or ignore parts of it.`, { details: { path: dir } });
}
