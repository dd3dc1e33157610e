import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * In `electron-vite dev`, @vitejs/plugin-react injects its Fast Refresh preamble as an inline
 * `<script>`, which our CSP (script-src 'self') blocks. renderer/src/main.tsx imports the same
 * preamble as a module instead, so the inline copy is dropped here rather than the CSP loosened.
 */
function dropInlineReactPreamble(): Plugin {
  return {
    name: 'course-planner:drop-inline-react-preamble',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module">\s*import \{ injectIntoGlobalHook \}[\s\S]*?<\/script>\s*/, ''),
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload may `require('electron')` and nothing else: bundle every other import
      // (zod, shared/) into the one file instead of leaving `require('zod')` behind.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: {
          // A sandboxed preload cannot be an ES module.
          format: 'cjs',
          entryFileNames: '[name].cjs',
          // One file, even if a dynamic import slips in later.
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), dropInlineReactPreamble()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
      },
    },
  },
});
