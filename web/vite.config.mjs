// The dashboard's build: Preact through oxc's automatic JSX runtime (no Babel preset needed), every
// dependency bundled (no CDN, works offline), output in web/dist, which attache serve ships.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // one chunk is fine: the whole app is a few hundred kB and is served from loopback or a LAN
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
  },
});
