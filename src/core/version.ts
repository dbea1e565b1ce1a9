import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The version of aisec, from its package.json (read once). */
export function toolVersion(): string {
  if (cached === undefined) {
    // Both src/core/version.ts and dist/core/version.js sit two levels below the package root.
    const file = fileURLToPath(new URL('../../package.json', import.meta.url));
    cached = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return cached;
}
