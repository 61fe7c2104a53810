import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { pdfjsAssets } from '../../scripts/vite-pdfjs-assets'

// The bench pages are built apart from the app (out/bench-viewer), so they never ship in it.
const pages = resolve(__dirname, 'pages')

export default defineConfig({
  root: pages,
  base: './',
  plugins: [react(), pdfjsAssets()],
  logLevel: 'warn',
  build: {
    outDir: resolve(__dirname, '../../out/bench-viewer'),
    emptyOutDir: true,
    minify: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8192,
    rollupOptions: {
      input: {
        ours: resolve(pages, 'ours.html'),
        baseline: resolve(pages, 'baseline.html'),
        scan: resolve(pages, 'scan.html'),
      },
    },
  },
})
