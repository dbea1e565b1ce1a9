/** Find the dataset a command names (by name or by path) in the system's aisec.yaml. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadSystemDescriptor, type Dataset } from '../../../config/index.js';
import { AisecError } from '../../../core/errors.js';
import { didYouMean } from '../../../core/suggest.js';

/** A dataset entry and the file it names. */
export interface ResolvedDataset {
  readonly dataset: Dataset;
  /** Absolute path of the data file. */
  readonly file: string;
  /** The path to show: as the user named it, or relative to the working folder. */
  readonly display: string;
}

/**
 * Resolve `nameOrPath` against the descriptor found in `options.config` (a file) or
 * `options.dir` (a folder holding aisec.yaml; default the working folder).
 *
 * Throws AisecError: ERR_CONFIG_* (no or invalid descriptor), ERR_ASSET_NOT_FOUND (no dataset
 * has that name or covers that path), ERR_TARGET_UNREADABLE (the dataset is a folder).
 */
export async function resolveDataset(nameOrPath: string, options: { dir?: string; config?: string } = {}): Promise<ResolvedDataset> {
  const loaded = await loadSystemDescriptor(options.config ?? options.dir ?? '.');
  const datasets = loaded.descriptor.datasets ?? [];
  const byName = datasets.find((d) => d.name === nameOrPath);
  let dataset = byName;
  let file: string;
  if (byName) {
    file = path.resolve(loaded.dir, byName.path);
  } else {
    file = path.resolve(nameOrPath);
    dataset = datasets.find((d) => {
      const declared = path.resolve(loaded.dir, d.path);
      return declared === file || file.startsWith(`${declared}${path.sep}`);
    });
    if (!dataset) {
      const hint = didYouMean(nameOrPath, datasets.map((d) => d.name));
      throw new AisecError(
        'ERR_ASSET_NOT_FOUND',
        `No dataset in ${loaded.file} is named "${nameOrPath}" or holds that file.${hint ? ` Did you mean "${hint}"?` : ''} Known datasets: ${datasets.map((d) => d.name).join(', ') || 'none'}.`,
      );
    }
  }
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    throw new AisecError('ERR_TARGET_UNREADABLE', `Dataset "${dataset!.name}" is the folder ${dataset!.path}; name one of its files instead (aisec data validate PATH --dir ...).`);
  }
  const display = byName ? path.relative(process.cwd(), file) || file : nameOrPath;
  return { dataset: dataset!, file, display };
}
