import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

/**
 * Writes a valid one-page PDF of about `bytes` bytes (a page whose content stream is that long),
 * in chunks, so the test never holds it in memory.
 */
export async function writeBigPdf(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path)
  let written = 0
  const offsets: number[] = []
  const write = async (chunk: string | Buffer) => {
    if (!out.write(chunk)) await once(out, 'drain')
    written += Buffer.byteLength(chunk)
  }
  const object = async (body: string) => {
    offsets.push(written)
    await write(`${offsets.length} 0 obj\n${body}\nendobj\n`)
  }
  await write('%PDF-1.4\n')
  await object('<< /Type /Catalog /Pages 2 0 R >>')
  await object('<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
  await object('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>')
  offsets.push(written)
  await write(`4 0 obj\n<< /Length ${bytes} >>\nstream\n`)
  const chunk = Buffer.alloc(1024 * 1024, ' ')
  for (let left = bytes; left > 0; left -= chunk.length) await write(left >= chunk.length ? chunk : chunk.subarray(0, left))
  await write('\nendstream\nendobj\n')
  const xref = written
  await write(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`)
  await write(`trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  out.end()
  await once(out, 'finish')
}
