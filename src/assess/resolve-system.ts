import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';
import { loadSystemDescriptor, type LoadedSystem } from '../config/index.js';

/** The system an assessment is about: its folder and, when present, its descriptor. */
export interface ResolvedSystem {
  /** Absolute folder of the system. */
  readonly dir: string;
  /** The folder as the user named it (for display paths). */
  readonly displayDir: string;
  readonly name: string;
  /** Null when the folder has no aisec.yaml (discovery mode). */
  readonly loaded: LoadedSystem | null;
}

/** Descriptor file names looked for in a folder, in order. */
export const descriptorNames = ['aisec.yaml', 'aisec.yml'] as const;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * Resolve a folder (or a descriptor file) to a system. A missing folder is a user error;
 * a folder without aisec.yaml is assessed by discovery.
 */
export async function resolveSystem(dirOrFile: string, options: { config?: string } = {}): Promise<ResolvedSystem> {
  const absolute = path.resolve(dirOrFile);
  const info = await stat(absolute).catch((cause: NodeJS.ErrnoException) => {
    throw new AisecError(
      cause.code === 'ENOENT' ? 'ERR_TARGET_NOT_FOUND' : 'ERR_TARGET_UNREADABLE',
      cause.code === 'ENOENT' ? `${dirOrFile} does not exist. Name the folder that holds the AI system (and its aisec.yaml).` : `${dirOrFile} cannot be read: ${cause.message}`,
      { cause },
    );
  });
  const dir = info.isDirectory() ? absolute : path.dirname(absolute);
  const displayDir = info.isDirectory() ? dirOrFile : path.dirname(dirOrFile);
  let descriptor: string | undefined = options.config ? path.resolve(options.config) : info.isFile() ? absolute : undefined;
  if (!descriptor) {
    for (const name of descriptorNames) {
      if (await exists(path.join(dir, name))) {
        descriptor = path.join(dir, name);
        break;
      }
    }
  }
  if (!descriptor) return { dir, displayDir, name: path.basename(dir), loaded: null };
  const loaded = await loadSystemDescriptor(descriptor);
  return { dir: loaded.dir, displayDir, name: loaded.descriptor.name, loaded };
}
