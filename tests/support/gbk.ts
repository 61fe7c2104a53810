let table: Map<string, number[]> | undefined

/** GBK bytes for text, from the inverse of the platform's own GBK decoder (no encoder ships with Node). */
export function gbk(text: string): Buffer {
  if (!table) {
    table = new Map()
    const decoder = new TextDecoder('gbk')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue
        const ch = decoder.decode(new Uint8Array([lead, trail]))
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail])
      }
    }
  }
  const bytes: number[] = []
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0))
    else {
      const code = table.get(ch)
      if (!code) throw new Error(`no GBK code for ${ch}`)
      bytes.push(...code)
    }
  }
  return Buffer.from(bytes)
}
