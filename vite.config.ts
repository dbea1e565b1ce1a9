/**
 * The dashboard build: web/ (React) into dist/web, served by `aisec serve`.
 * Everything it loads comes from the server's own origin: no CDN, web fonts or analytics, and
 * no inline script, so the server's Content-Security-Policy can be `script-src 'self'`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${here}web`,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: `${here}dist/web`,
    emptyOutDir: true,
    target: 'es2022',
    // Small assets stay files: a data: URL would need `img-src data:` in the policy.
    assetsInlineLimit: 0,
    // The preload helper would be a tiny inline polyfill in old browsers; modern ones need none.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
});
