import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, normalize } from 'node:path'
import type { Plugin } from 'vite'

// pdf.js needs its CMaps, standard fonts, wasm decoders and ICC profiles at run time.
// The PCs are offline, so they ship inside the renderer bundle under /pdfjs/.
const PDFJS_DIR = join(__dirname, '..', 'node_modules', 'pdfjs-dist')
const FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs']

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? listFiles(full).map((f) => join(name, f)) : [name]
  })
}

export function pdfjsAssets(): Plugin {
  return {
    name: 'pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        // split always yields a first part: the defaults are never taken.
        const [path = ''] = (req.url ?? '').split('?')
        const rel = normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '')
        const [top = ''] = rel.split(/[/\\]/)
        const full = join(PDFJS_DIR, rel)
        if (!FOLDERS.includes(top) || !full.startsWith(PDFJS_DIR)) return next()
        createReadStream(full).on('error', () => next()).pipe(res)
      })
    },
    generateBundle() {
      for (const folder of FOLDERS) {
        for (const file of listFiles(join(PDFJS_DIR, folder))) {
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${file.split('\\').join('/')}`,
            source: readFileSync(join(PDFJS_DIR, folder, file)),
          })
        }
      }
    },
  }
}
