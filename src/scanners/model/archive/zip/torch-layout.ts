/**
 * The layout of PyTorch's zip format (torch.save since 1.6): one top folder holding
 * `data.pkl` (the pickle), `data/<key>` (raw tensor storages), `version`, `byteorder` and a few
 * small metadata files; TorchScript archives add `code/` (source), `constants.pkl` and
 * `.debug_pkl` files.
 */
export interface TorchLayout {
  /** The folder prefix, e.g. `archive/`. */
  readonly prefix: string;
}

const METADATA = new Set(['version', 'byteorder', '.data/version', '.data/serialization_id', '.format_version', '.storage_alignment', 'serialization_id']);

/** The PyTorch layout of a zip, if its member names have one. */
export function torchLayout(names: readonly string[]): TorchLayout | undefined {
  for (const name of names) {
    const match = /^(.*\/)?data\.pkl$/.exec(name);
    if (match) return { prefix: match[1] ?? '' };
  }
  return undefined;
}

/** Whether a member is raw tensor data or small metadata that no loader interprets as code. */
export function isTorchOpaque(layout: TorchLayout | undefined, name: string): boolean {
  if (layout === undefined || !name.startsWith(layout.prefix)) return false;
  const rest = name.slice(layout.prefix.length);
  return rest.startsWith('data/') || rest.startsWith('.data/') || METADATA.has(rest);
}

/** Whether a member is TorchScript source (compiled and run by torch.jit.load). */
export function isTorchScriptCode(layout: TorchLayout | undefined, name: string): boolean {
  return layout !== undefined && name.startsWith(`${layout.prefix}code/`) && name.endsWith('.py');
}

/**
 * Whether a member is a raw tensor storage (`data/<key>`). torch.load reads storages as bytes
 * and never unpickles them, and float data often begins with bytes that look like a pickle
 * header (0x80 0x02…), so they are not handed to the pickle analyzer at all.
 */
export function isTorchStorage(layout: TorchLayout | undefined, name: string): boolean {
  if (layout === undefined || !name.startsWith(layout.prefix)) return false;
  return /^\.?data\/[^/]+$/.test(name.slice(layout.prefix.length)) && !name.endsWith('.pkl');
}
