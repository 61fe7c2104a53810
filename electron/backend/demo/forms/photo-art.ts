import type { Op } from '../layout/page-model'
import type { Random } from '../random'

type Shapes = (x: number, y: number, w: number, h: number, r: Random) => Op[]

const box = (x: number, y: number, w: number, h: number, fill: number): Op => ({ t: 'rect', x, y, w, h, fill })
const blob = (x: number, y: number, rx: number, ry: number, fill: number): Op => ({ t: 'ellipse', x, y, rx, ry, fill })

function person(x: number, ground: number, scale: number, fill: number): Op[] {
  return [box(x - 7 * scale, ground, 14 * scale, 38 * scale, fill), blob(x, ground + 46 * scale, 7 * scale, 8 * scale, fill)]
}

function building(x: number, ground: number, w: number, h: number, r: Random): Op[] {
  const ops: Op[] = [box(x, ground, w, h, r.next() * 0.15 + 0.55)]
  for (let i = 0; i < Math.floor(w / 30); i++) ops.push(box(x + 8 + i * 30, ground + h * 0.55, 16, h * 0.25, 0.38))
  return ops
}

/** Grey stand-ins for what the photos of each kind of case show. */
const SCENES: Record<string, Shapes> & { pile: Shapes } = {
  stall: (x, y, w, h, r) => {
    const g = y + h * 0.3
    const tx = x + w * (0.25 + r.next() * 0.3)
    return [
      ...building(x + 10, g, w * 0.5, h * 0.6, r),
      box(tx, g, 110, 34, 0.3),
      { t: 'poly', points: [[tx - 10, g + 80], [tx + 55, g + 110], [tx + 120, g + 80]], fill: 0.45 },
      { t: 'line', x1: tx + 55, y1: g + 34, x2: tx + 55, y2: g + 84, width: 2 },
      blob(tx + 25, g + 40, 12, 7, 0.5), blob(tx + 60, g + 40, 14, 8, 0.55), blob(tx + 90, g + 40, 11, 7, 0.48),
      ...person(tx + 150, g - 10, 1, 0.25),
    ]
  },
  pile: (x, y, w, h, r) => {
    const g = y + h * 0.3
    const ops: Op[] = [...building(x + w * 0.5, g, w * 0.45, h * 0.55, r)]
    for (let i = 0; i < 7; i++) ops.push(box(x + 30 + r.int(0, 140), g - 10 + r.int(0, 30), r.int(30, 60), r.int(15, 35), 0.3 + r.next() * 0.25))
    return ops
  },
  shop: (x, y, w, h, r) => {
    const g = y + h * 0.25
    const ops: Op[] = [box(x + 20, g, w - 40, h * 0.65, 0.6), box(x + w * 0.4, g, 60, 90, 0.3), box(x + 20, g + h * 0.5, w - 40, 20, 0.4)]
    for (let i = 0; i < 4; i++) ops.push(box(x + 40 + i * 45, g - 30, 36, 40 + r.int(0, 20), 0.35 + r.next() * 0.2))
    return ops
  },
  sign: (x, y, w, h, r) => {
    const g = y + h * 0.2
    return [
      ...building(x + 30, g, w - 60, h * 0.6, r),
      box(x + 50, g + h * 0.6 - 6, w - 100, 34, 0.35),
      { t: 'line', x1: x + 90, y1: g + h * 0.6 + 28, x2: x + 120, y2: g + h * 0.6 - 4, width: 2, ink: 'faint' },
      { t: 'line', x1: x + 200, y1: g + h * 0.6 + 20, x2: x + 230, y2: g + h * 0.6, width: 2, ink: 'faint' },
    ]
  },
  truck: (x, y, w, h, r) => {
    const g = y + h * 0.22
    const tx = x + w * (0.15 + r.next() * 0.15)
    return [
      box(tx, g + 14, 180, 80, 0.35), box(tx + 180, g + 14, 60, 60, 0.28), box(tx + 190, g + 50, 40, 20, 0.6),
      blob(tx + 30, g + 12, 16, 16, 0.12), blob(tx + 80, g + 12, 16, 16, 0.12), blob(tx + 200, g + 12, 16, 16, 0.12),
      { t: 'poly', points: [[tx + 5, g + 94], [tx + 90, g + 125], [tx + 175, g + 94]], fill: 0.45 },
    ]
  },
  dump: (x, y, w, h, r) => {
    const g = y + h * 0.2
    const ops: Op[] = [{ t: 'poly', points: [[x + 20, g], [x + 90, g + 90], [x + 150, g + 70], [x + 230, g + 110], [x + w - 30, g]], fill: 0.4 }]
    for (let i = 0; i < 12; i++) ops.push(blob(x + 30 + r.int(0, w - 60), g + r.int(2, 50), r.int(5, 14), r.int(3, 8), 0.25 + r.next() * 0.2))
    return ops
  },
  site: (x, y, w, h, r) => {
    const g = y + h * 0.2
    const ops: Op[] = [
      box(x + w * 0.45, g + 40, 120, h * 0.55, 0.6),
      { t: 'line', x1: x + w * 0.3, y1: g, x2: x + w * 0.3, y2: y + h - 12, width: 3 },
      { t: 'line', x1: x + w * 0.3 - 40, y1: y + h - 20, x2: x + w * 0.3 + 150, y2: y + h - 20, width: 3 },
    ]
    for (let i = 0; i < 8; i++) if (r.next() > 0.25) ops.push(box(x + 10 + i * 44, g, 40, 50, 0.5 + r.next() * 0.1))
    return ops
  },
  kitchen: (x, y, w, h) => {
    const g = y + h * 0.2
    const ops: Op[] = [box(x + 20, g + h * 0.35, w - 40, h * 0.4, 0.6), box(x + w * 0.35, g, 110, 60, 0.25)]
    for (let i = 0; i < 6; i++) ops.push({ t: 'line', x1: x + w * 0.35 + 8 + i * 18, y1: g + 6, x2: x + w * 0.35 + 8 + i * 18, y2: g + 54, width: 2, ink: 'faint' })
    ops.push(blob(x + w * 0.35 + 150, g + 30, 26, 32, 0.4))
    return ops
  },
  bins: (x, y, w, h, r) => {
    const g = y + h * 0.2
    const ops: Op[] = [box(x + 15, g + 80, w - 30, h * 0.35, 0.62)]
    const n = r.int(2, 4)
    for (let i = 0; i < n; i++) ops.push(box(x + 40 + i * 80, g, 56, 76, 0.25 + i * 0.1), box(x + 36 + i * 80, g + 76, 64, 8, 0.2))
    return ops
  },
  building: (x, y, _w, h, r) => {
    const g = y + h * 0.18
    const bx = x + 40 + r.int(0, 60)
    return [
      box(bx, g, 230, 90, 0.55),
      { t: 'poly', points: [[bx - 10, g + 90], [bx + 115, g + 140], [bx + 240, g + 90]], fill: 0.35 },
      box(bx + 30, g, 40, 60, 0.3), box(bx + 120, g + 40, 60, 30, 0.4),
    ]
  },
  garage: (x, y, w, h, r) => {
    const g = y + h * 0.2
    const cx = x + 60 + r.int(0, 60)
    return [
      ...building(x + 10, g + 60, w - 20, h * 0.45, r),
      box(cx, g + 14, 160, 40, 0.3), box(cx + 30, g + 54, 90, 26, 0.35),
      blob(cx + 30, g + 12, 14, 14, 0.12), blob(cx + 130, g + 12, 14, 14, 0.12),
      blob(cx + 220, g + 4, 50, 8, 0.5), blob(cx + 70, g - 10, 60, 6, 0.52),
    ]
  },
  office: (x, y, w, h) => {
    const g = y + h * 0.15
    return [box(x + 20, g, w - 40, h * 0.7, 0.6), box(x + 40, g, 100, 110, 0.35), box(x + 170, g + 30, w - 230, 80, 0.42), box(x + 40, g + h * 0.55, w - 80, 24, 0.3)]
  },
}

/** A greyscale "photograph": sky, ground, the scene's shapes, the camera's date imprint. */
export function photo(scene: string, x: number, y: number, w: number, h: number, stamp: string, r: Random): Op[] {
  const draw = SCENES[scene] ?? SCENES.pile
  const horizon = y + h * (0.3 + r.next() * 0.15)
  return [
    box(x, y, w, h, 0.72 + r.next() * 0.08),
    box(x, y, w, horizon - y, 0.5 + r.next() * 0.1),
    ...draw(x, y, w, h, r),
    { t: 'rect', x, y, w, h, stroke: true, width: 1 },
    { t: 'text', x: x + w - 110, y: y + 8, size: 9, text: stamp, ink: 'stamp' },
  ]
}
