import path from 'node:path';

/**
 * Relative POSIX paths as manifests and signatures record them: checked for tricks, and
 * ordered the way sigstore/model-transparency orders them, so digests over sorted lists agree.
 */

/** Longest relative path accepted in a manifest or signature (bytes of UTF-16 text). */
export const MAX_RELATIVE_PATH = 4096;

/**
 * Why `path` is not a safe relative POSIX path, or undefined when it is one.
 *
 * A safe path names a file at or below a root: no leading `/`, no `.` or `..` segment, no
 * empty segment (`a//b`, a trailing `/`), no backslash (a separator on Windows), no NUL or
 * other control character. Names in a manifest or bundle are attacker-controlled; refusing
 * these keeps them from reaching outside the folder or aliasing another file.
 */
export function unsafeRelativePathReason(path: string): string | undefined {
  if (path.length === 0) return 'is empty';
  if (path.length > MAX_RELATIVE_PATH) return `is longer than ${MAX_RELATIVE_PATH} characters`;
  if (path.startsWith('/')) return 'is absolute';
  if (path.includes('\\')) return 'contains a backslash';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'contains a control character';
  for (const segment of path.split('/')) {
    if (segment === '') return 'has an empty segment';
    if (segment === '.' || segment === '..') return `has a "${segment}" segment`;
  }
  return undefined;
}

/** Whether `path` is a safe relative POSIX path (see {@link unsafeRelativePathReason}). */
export function isSafeRelativePath(path: string): boolean {
  return unsafeRelativePathReason(path) === undefined;
}

/**
 * Compare two relative POSIX paths segment by segment, by Unicode code point.
 *
 * This is the order of Python's `PurePosixPath` (which model-transparency sorts its resources
 * by): `a/b` sorts before `a.txt`, because the segment `a` is a prefix of `a.txt`, whereas a
 * plain string sort puts `a.txt` first ('.' < '/'). Code points rather than UTF-16 units, so
 * characters beyond the BMP sort as Python sorts them.
 */
export function comparePosixPaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const c = compareCodePoints(as[i]!, bs[i]!);
    if (c !== 0) return c;
  }
  return as.length - bs.length;
}

/** Compare two strings by Unicode code points (Python's `str` order). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/**
 * Whether `path` is `prefix` or lies below it (`a` covers `a` and `a/b`, not `ab`): how ignore
 * paths apply, as in model-transparency's `is_relative_to`.
 */
export function isAtOrBelow(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * The path of `file` relative to the folder `root`, `/`-separated, when `file` lies inside it;
 * undefined otherwise. Used to leave a manifest or signature out of the folder it describes.
 */
export function pathInside(root: string, file: string): string | undefined {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  if (rel === '' || rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
