/** Copies of the support-bot example in a temporary folder, optionally with another simulator profile or provider. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled support-bot example. */
export const supportBotDir = fileURLToPath(new URL('../../examples/support-bot', import.meta.url));

/** Copy the example and apply `edit` to its aisec.yaml text; returns the copy's folder. */
export async function copySupportBot(edit: (yaml: string) => string = (y) => y): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'aisec-support-bot-'));
  const dir = path.join(root, 'support-bot');
  await cp(supportBotDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.aisec`) });
  const file = path.join(dir, 'aisec.yaml');
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return dir;
}

/** The edit that makes the example's model the hardened simulator. */
export const hardened = (yaml: string): string => yaml.replace('model: aisec-simulator-weak', 'model: aisec-simulator-hardened');

/** The edit that makes the example's model a self-hosted one, reached through its endpoint. */
export const selfHosted = (yaml: string): string => yaml.replace(/^(\s+)provider: simulator$/mu, '$1provider: self-hosted');
