import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { inspectPdf } from '../../electron/backend/services/documents/inspect-pdf'

// Prints what the importer makes of each PDF named on the command line, one JSON line each.
async function main() {
  for (const file of process.argv.slice(2)) {
    try {
      console.log(JSON.stringify({ file: basename(file), ...(await inspectPdf(await readFile(file), basename(file))) }))
    } catch (err) {
      console.log(JSON.stringify({ file: basename(file), code: (err as { code?: string }).code ?? 'crash', message: String(err) }))
    }
  }
}
void main()
