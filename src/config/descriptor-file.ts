/**
 * Finding and reading the descriptor file, with the checks that come before YAML parsing:
 * it exists, it is a regular file, it is small, and it is UTF-8 text.
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AisecError } from '../core/errors.js';

/** File names looked for in a folder, in order. */
export const descriptorFileNames = ['aisec.yaml', 'aisec.yml'] as const;

/** Largest descriptor read, in bytes. A real descriptor is a few KiB. */
export const maxDescriptorBytes = 1024 * 1024;

/**
 * The absolute path of the descriptor for a file or folder argument.
 * Throws ERR_CONFIG_NOT_FOUND when neither the file nor `DIR/aisec.yaml` exists.
 */
export async function resolveDescriptorFile(pathOrDir: string): Promise<string> {
  const target = path.resolve(pathOrDir);
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) {
    throw new AisecError('ERR_CONFIG_NOT_FOUND', `${target} does not exist. Check the path, or run \`aisec init DIR\` to draft an aisec.yaml for the folder of your AI system.`, {
      details: { path: target },
    });
  }
  if (info.isFile()) return target;
  if (info.isDirectory()) {
    for (const name of descriptorFileNames) {
      const candidate = path.join(target, name);
      const found = await stat(candidate).catch(() => undefined);
      if (found?.isFile()) return candidate;
    }
    throw new AisecError('ERR_CONFIG_NOT_FOUND', `No aisec.yaml in ${target}. Run \`aisec init ${quoteArg(pathOrDir)}\` to discover its models and datasets and write a draft aisec.yaml.`, {
      details: { path: target },
    });
  }
  throw new AisecError('ERR_CONFIG_NOT_FOUND', `${target} is neither a file nor a folder. Name the aisec.yaml file or the folder that holds it.`, { details: { path: target } });
}

/**
 * Read a descriptor as text: at most {@link maxDescriptorBytes}, valid UTF-8 (a BOM is
 * dropped), no NUL bytes. Throws ERR_CONFIG_INVALID when too large, ERR_CONFIG_YAML when not text.
 */
export async function readDescriptorText(file: string): Promise<string> {
  const bytes = await readCapped(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff) {
    throw notText(file, 'is saved as UTF-16; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw notText(file, `contains a NUL byte at line ${lineAt(bytes, nul)}; it looks like a binary file, not YAML`);
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) throw notText(file, `is not valid UTF-8 (line ${lineAt(bytes, bad)}); save it as UTF-8`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readCapped(file: string): Promise<Uint8Array> {
  let handle;
  try {
    // O_NONBLOCK: a FIFO put in place of the file after the checks must not hang the read.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw new AisecError('ERR_CONFIG_NOT_FOUND', `${file} cannot be opened (${(cause as NodeJS.ErrnoException).code ?? 'error'}). Check that it exists and is readable.`, {
      cause,
      details: { path: file },
    });
  }
  try {
    if (!(await handle.stat()).isFile()) {
      throw new AisecError('ERR_CONFIG_NOT_FOUND', `${file} is not a regular file. Name the aisec.yaml file or the folder that holds it.`, { details: { path: file } });
    }
    // Read one byte past the cap so "exactly the cap" and "larger" can be told apart
    // without trusting the size reported by stat (it can change, or lie for special files).
    const buffer = new Uint8Array(maxDescriptorBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxDescriptorBytes) {
      throw new AisecError('ERR_CONFIG_INVALID', `${file} is larger than ${maxDescriptorBytes / 1024 / 1024} MiB; a descriptor lists assets by path and is a few KiB. Move data out of it and name files by path instead.`, {
        details: { path: file, limit: maxDescriptorBytes },
      });
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function notText(file: string, what: string): AisecError {
  return new AisecError('ERR_CONFIG_YAML', `${file} ${what}.`, { details: { path: file } });
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function quoteArg(arg: string): string {
  return /^[\w./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
