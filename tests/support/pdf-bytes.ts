/** Writes a small, well-formed PDF from object bodies (1-based ids), with a correct xref table. */
export function buildPdf(objects: string[], trailerExtra = ''): Buffer {
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const PAGE_TREE = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>']

export function plainPdf(): Buffer {
  return buildPdf(PAGE_TREE)
}

/** A PDF under the standard security handler whose user password is not empty: it cannot be opened. */
export function passwordProtectedPdf(): Buffer {
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('')
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${hex32(11)}> /U <${hex32(23)}> /P -4 >>`
  return buildPdf([...PAGE_TREE, encrypt], `/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]`)
}
