/**
 * Watch a configuration file for changes. Editors often replace a file (write a temporary
 * file, rename it over), so the folder is watched and events for the file's name are
 * debounced into one call.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Call `onChange` (debounced by `delayMs`) whenever `file` is written or replaced; returns a stop function. */
export function watchConfigFile(file: string, onChange: () => void, delayMs = 150): () => void {
  const name = path.basename(file);
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined = watch(path.dirname(file), { persistent: false }, (_event, changed) => {
    if (changed !== null && changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  watcher.on('error', () => undefined);
  return () => {
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
  };
}
