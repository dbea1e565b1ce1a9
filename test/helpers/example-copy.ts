import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled example system's folder. */
export const exampleDir = fileURLToPath(new URL('../../examples/credit-scoring', import.meta.url));

/** Copy the example system into a fresh temporary folder (without its .aisec store). */
export async function copyExample(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'aisec-e2e-'));
  const dir = path.join(root, 'credit-scoring');
  await cp(exampleDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.aisec`) });
  return dir;
}
