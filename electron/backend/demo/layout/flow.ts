import { CONTENT_WIDTH, type Ink, MARGIN, type Op } from './page-model'
import { textWidth, wrap } from './text'

/** A piece of a page that is never split: a line of text, a table, a signature row. */
export interface Block {
  height: number
  /** Headings stay on the page of what follows them. */
  keepWithNext?: boolean
  /** Draws the block with its top edge at y = top. */
  render(top: number): Op[]
}

const LEFT = MARGIN.left
const BODY = 12
const LEADING = 1.8

export function spacer(height: number): Block {
  return { height, render: () => [] }
}

export function custom(height: number, render: (top: number) => Op[]): Block {
  return { height, render }
}

export function title(text: string, size = 20): Block {
  const width = textWidth(text, size) + (text.length - 1) * size * 0.25
  return {
    height: size * 2.2,
    render: (top) => {
      // Titles of Chinese forms are letter-spaced; each character is drawn on its own.
      const ops: Op[] = []
      let x = LEFT + (CONTENT_WIDTH - width) / 2
      for (const ch of text) {
        ops.push({ t: 'text', x, y: top - size * 1.3, size, text: ch, bold: true })
        x += textWidth(ch, size) + size * 0.25
      }
      return ops
    },
  }
}

export function centered(text: string, size = BODY, gap = LEADING): Block {
  return {
    height: size * gap,
    render: (top) => [{ t: 'text', x: LEFT + (CONTENT_WIDTH - textWidth(text, size)) / 2, y: top - size * 1.2, size, text }],
  }
}

export function rightAligned(text: string, size = BODY, inset = 0): Block {
  return {
    height: size * LEADING,
    render: (top) => [{ t: 'text', x: MARGIN.right - inset - textWidth(text, size), y: top - size * 1.2, size, text }],
  }
}

export function line(text: string, opts: { size?: number; indent?: number; bold?: boolean; ink?: Ink } = {}): Block {
  const size = opts.size ?? BODY
  return {
    height: size * LEADING,
    keepWithNext: opts.bold,
    render: (top) => [{ t: 'text', x: LEFT + (opts.indent ?? 0), y: top - size * 1.2, size, text, bold: opts.bold, ink: opts.ink }],
  }
}

/** A paragraph as one block per line, so pages can break between lines. */
export function paragraph(text: string, opts: { size?: number; indent?: number; hanging?: string } = {}): Block[] {
  const size = opts.size ?? BODY
  const indent = opts.indent ?? 2 * size
  const prefix = opts.hanging ?? ''
  const hang = textWidth(prefix, size)
  const lines = wrap(text, size, CONTENT_WIDTH - hang, prefix ? 0 : indent)
  return lines.map((t, i) => {
    const x = prefix ? hang : i === 0 ? indent : 0
    return {
      height: size * LEADING,
      render: (top: number): Op[] => {
        const ops: Op[] = [{ t: 'text', x: LEFT + x, y: top - size * 1.2, size, text: t }]
        if (prefix && i === 0) ops.push({ t: 'text', x: LEFT, y: top - size * 1.2, size, text: prefix, bold: true })
        return ops
      },
    }
  })
}

/** 'label：value' with the value on a ruled line, as on printed forms filled in by hand. */
export function field(label: string, value: string, size = BODY): Block[] {
  const labelWidth = textWidth(label, size)
  const lines = wrap(value, size, CONTENT_WIDTH - labelWidth - 4)
  return lines.map((t, i) => ({
    height: size * LEADING,
    render: (top: number): Op[] => {
      const y = top - size * 1.2
      const ops: Op[] = [
        { t: 'text', x: LEFT + labelWidth + 4, y, size, text: t, ink: 'blue' },
        { t: 'line', x1: LEFT + labelWidth, y1: y - 3, x2: MARGIN.right, y2: y - 3, width: 0.5, ink: 'faint' },
      ]
      if (i === 0) ops.push({ t: 'text', x: LEFT, y, size, text: label })
      return ops
    },
  }))
}

/** Several short labelled values on one ruled line. */
export function fieldRow(pairs: [string, string][], size = BODY): Block {
  return {
    height: size * LEADING,
    render: (top) => {
      const y = top - size * 1.2
      const ops: Op[] = []
      const slot = CONTENT_WIDTH / pairs.length
      pairs.forEach(([label, value], i) => {
        const x = LEFT + slot * i
        const lw = textWidth(label, size)
        ops.push({ t: 'text', x, y, size, text: label })
        ops.push({ t: 'text', x: x + lw + 4, y, size, text: value, ink: 'blue' })
        ops.push({ t: 'line', x1: x + lw, y1: y - 3, x2: x + slot - 8, y2: y - 3, width: 0.5, ink: 'faint' })
      })
      return ops
    },
  }
}

/** A right-hand date line with the bureau's seal stamped over it. */
export function sealedDate(issuer: string, date: string, seal: string | null): Block {
  const size = BODY
  return {
    height: size * LEADING * 2 + 24,
    render: (top) => {
      const ops: Op[] = []
      const issuerX = MARGIN.right - textWidth(issuer, size) - 10
      const dateX = MARGIN.right - textWidth(date, size) - 30
      ops.push({ t: 'text', x: issuerX, y: top - 30, size, text: issuer })
      ops.push({ t: 'text', x: dateX, y: top - 30 - size * LEADING, size, text: date })
      if (seal) ops.push({ t: 'seal', x: dateX + textWidth(date, size) / 2, y: top - 36, r: 44, text: seal })
      return ops
    },
  }
}

export interface Cell {
  text: string
  /** Share of the table width. */
  span: number
  label?: boolean
  ink?: 'blue'
}

/** A ruled table; label cells are centred, entries are written in "ink". */
export function table(rows: { cells: Cell[]; minHeight?: number }[], size = 11): Block {
  const pad = 5
  const lh = size * 1.55
  const laid = rows.map((row) => {
    const cells = row.cells.map((c) => ({
      ...c,
      lines: c.text.split('\n').flatMap((part) => wrap(part, size, CONTENT_WIDTH * c.span - pad * 2)),
    }))
    const height = Math.max(row.minHeight ?? 0, ...cells.map((c) => c.lines.length * lh + pad * 2))
    return { cells, height }
  })
  const height = laid.reduce((sum, r) => sum + r.height, 0)
  return {
    height: height + 6,
    render: (top) => {
      const ops: Op[] = []
      let y = top
      ops.push({ t: 'rect', x: LEFT, y: top - height, w: CONTENT_WIDTH, h: height, stroke: true, width: 0.9 })
      for (const row of laid) {
        let x = LEFT
        for (const cell of row.cells) {
          const w = CONTENT_WIDTH * cell.span
          const block = cell.lines.length * lh
          const startY = cell.label ? y - (row.height - block) / 2 : y - pad
          cell.lines.forEach((t, i) => {
            const tx = cell.label ? x + (w - textWidth(t, size)) / 2 : x + pad
            ops.push({ t: 'text', x: tx, y: startY - lh * i - size * 1.05, size, text: t, ink: cell.label ? undefined : (cell.ink ?? 'blue') })
          })
          x += w
          if (x < MARGIN.right - 1) ops.push({ t: 'line', x1: x, y1: y, x2: x, y2: y - row.height, width: 0.6 })
        }
        y -= row.height
        if (y > top - height + 1) ops.push({ t: 'line', x1: LEFT, y1: y, x2: MARGIN.right, y2: y, width: 0.6 })
      }
      return ops
    },
  }
}

/** Blocks dropped for want of room since the last reset; tests keep this at zero. */
export const layoutDiagnostics = { droppedBlocks: 0 }

/**
 * Lays blocks onto exactly `pages` pages. Pages fill up as paper forms do, but every later page
 * keeps a few blocks (a document never ends on a blank sheet); what cannot fit on the last page
 * is dropped rather than drawn off the sheet.
 */
export function flow(blocks: Block[], pages: number, top = MARGIN.top, bottom = MARGIN.bottom + 20): Op[][] {
  const capacity = top - bottom
  const out: Op[][] = []
  let next = 0
  for (let p = 0; p < pages; p++) {
    const pagesLeft = pages - p
    const remaining = blocks.slice(next).reduce((sum, b) => sum + b.height, 0)
    const target = Math.max(remaining / pagesLeft, capacity * 0.85)
    const reserve = Math.min(3, Math.floor((blocks.length - next) / pagesLeft)) * (pagesLeft - 1)
    const ops: Op[] = []
    let used = 0
    let placed = 0
    // Each pass places blocks[next] or stops the page.
    for (const b of blocks.slice(next)) {
      const after = blocks[next + 1]
      const need = b.height + (b.keepWithNext && after ? after.height : 0)
      if (used + (placed > 0 ? need : b.height) > capacity) break
      if (placed > 0 && p < pages - 1) {
        if (used + need > target) break
        if (blocks.length - next <= reserve) break
      }
      ops.push(...b.render(top - used))
      used += b.height
      placed++
      next++
    }
    out.push(ops)
  }
  layoutDiagnostics.droppedBlocks += blocks.length - next
  return out
}
