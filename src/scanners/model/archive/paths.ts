/**
 * Whether an archive member name would be written outside the extraction folder: an absolute
 * path, a drive letter, or a `..` segment (backslashes count as separators, as on Windows).
 */
export function escapesFolder(name: string): boolean {
  const normal = name.replace(/\\/g, '/');
  if (normal.startsWith('/') || /^[A-Za-z]:/.test(normal)) return true;
  return normal.split('/').includes('..');
}
