import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { pdfjsAssets } from './scripts/vite-pdfjs-assets'
import { cspMeta } from './scripts/vite-csp-meta'

// CASE_DESK_OUT builds the renderer elsewhere, e.g. for a second test run beside a first.
const RENDERER_OUT = resolve(process.env.CASE_DESK_OUT ?? resolve(__dirname, 'out'), 'renderer')

export default defineConfig({
  main: {
    build: {
      // The worker thread that reads, checks and parses files (electron/backend/services/workers) has its own entry.
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts'), 'file-worker': resolve(__dirname, 'electron/backend/services/workers/entry.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), pdfjsAssets(), cspMeta()],
    build: {
      outDir: RENDERER_OUT,
      minify: true,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
