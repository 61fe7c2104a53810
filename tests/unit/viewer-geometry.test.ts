import { describe, expect, it } from 'vitest'
import { MAX_CANVAS_PIXELS, outputScaleFor } from '../../renderer/src/viewer/canvasBudget'
import { clampRect, layoutPages, normalizeRotation, pageScale, rectFromShown, rectToShown, shownSize, slotOf, visiblePages, type PageGeom } from '../../renderer/src/viewer/geometry'
import { RenderQueue } from '../../renderer/src/viewer/renderQueue'
import { applyTurn, quarterTurn, quarterTurnCalls, storedRotationOf } from '../../renderer/src/viewer/rotation'
import { bilevelToRgba, rasterTarget, samplesToRgba } from '../../renderer/src/viewer/tiff/raster'
import { clampZoom, PAGE_MARGIN, parseZoom, stepZoom } from '../../renderer/src/viewer/zoom'
import { nth, only, take } from '../support/defined'

const PDF_UNIT = 96 / 72
const A4_PT: PageGeom = { width: 595, height: 842, baseRotation: 0, view: [0, 0, 595, 842] }
/** An A4 sheet scanned at 600 dpi, in image pixels. */
const A4_600DPI = { width: 4961, height: 7016 }
const frame = { width: 1000, height: 800 }
const usable = { width: frame.width - 2 * PAGE_MARGIN, height: frame.height - 2 * PAGE_MARGIN }

describe('fitting a page to the frame', () => {
  // Sideways (90/270) the page's sides swap: fit width then follows its height.
  it.each([
    [0, 'fit-width', usable.width / 595],
    [90, 'fit-width', usable.width / 842],
    [180, 'fit-width', usable.width / 595],
    [270, 'fit-width', usable.width / 842],
    [0, 'fit-page', usable.height / 842],
    [90, 'fit-page', Math.min(usable.width / 842, usable.height / 595)],
    [180, 'fit-page', usable.height / 842],
    [270, 'fit-page', Math.min(usable.width / 842, usable.height / 595)],
  ] as const)('at %i° %s scales by %f', (rotation, zoom, expected) => {
    const shown = shownSize(A4_PT, rotation)
    expect(pageScale(zoom, shown, frame, PDF_UNIT)).toBeCloseTo(expected, 10)
    const slot = only(layoutPages([A4_PT], () => rotation, zoom, frame, PDF_UNIT).slots)
    expect(slot.rotation).toBe(rotation)
    if (zoom === 'fit-width') expect(slot.width).toBe(Math.floor(usable.width))
    else {
      expect(slot.width).toBeLessThanOrEqual(usable.width)
      expect(slot.height).toBeLessThanOrEqual(usable.height)
      expect(Math.min(usable.width - slot.width, usable.height - slot.height)).toBeLessThanOrEqual(1) // one side touches
    }
  })

  it('gives a percentage the same scale on every page, 100 % being 96/72 px per point', () => {
    expect(pageScale(100, A4_PT, frame, PDF_UNIT)).toBeCloseTo(PDF_UNIT, 10)
    expect(pageScale(250, { width: 10, height: 10 }, frame, 1)).toBe(2.5)
  })

  it('adds a page’s own rotation to the stored one', () => {
    const turned: PageGeom = { ...A4_PT, baseRotation: 90 }
    const { slots } = layoutPages([turned, turned], (p) => (p === 1 ? 270 : 90), 'fit-width', frame, PDF_UNIT)
    expect(slots.map((s) => s.rotation)).toEqual([0, 180])
    const [first] = take(slots, 1)
    expect(first.height).toBeGreaterThan(first.width)
  })

  it('stacks pages of different sizes, each centred, with the margin between them', () => {
    const receipt: PageGeom = { width: 300, height: 200, baseRotation: 0, view: [0, 0, 300, 200] }
    const { slots, height } = layoutPages([A4_PT, receipt], () => 0, 100, frame, 1)
    const [a4, small] = take(slots, 2)
    expect(a4.top).toBe(PAGE_MARGIN)
    expect(small.top).toBe(PAGE_MARGIN + 842 + PAGE_MARGIN)
    expect(height).toBe(small.top + 200 + PAGE_MARGIN)
    expect(small.left).toBe(Math.floor((frame.width - 300) / 2))
  })

  it.each([
    [-90, 270],
    [450, 90],
    [360, 0],
    [89, 90],
  ])('normalises %i° to %i°', (given, expected) => expect(normalizeRotation(given)).toBe(expected))
})

describe('which pages are on screen', () => {
  const slots = layoutPages(Array(10).fill(A4_PT), () => 0, 100, frame, 1).slots
  it.each([
    [0, 400, { first: 1, last: 1, current: 1 }],
    [nth(slots, 2).top, 400, { first: 3, last: 3, current: 3 }],
    // Mostly page 5 with the foot of page 4 showing.
    [nth(slots, 4).top - 100, 800, { first: 4, last: 5, current: 5 }],
    [nth(slots, 9).top + 500, 800, { first: 10, last: 10, current: 10 }],
  ])('scrolled to %i with %i px in view', (top, height, expected) => expect(visiblePages(slots, top, height)).toEqual(expected))

  it('finds a page’s slot, a page outside the file taken as its first or last, and none in a file without pages', () => {
    const layout = layoutPages([A4_PT, { ...A4_PT, width: 300 }], () => 0, 100, frame, 1)
    expect(slotOf(layout, 2)?.geom.width).toBe(300)
    expect(slotOf(layout, 0)).toBe(nth(layout.slots, 0))
    expect(slotOf(layout, 7)).toBe(nth(layout.slots, 1))
    expect(slotOf(layoutPages([], () => 0, 100, frame, 1), 1)).toBeNull()
  })
})

describe('the canvas pixel budget', () => {
  it('keeps the screen’s ratio while the page fits the budget', () => {
    expect(outputScaleFor(1000, 1400, 2)).toBe(2)
    expect(outputScaleFor(1000, 1400, 0)).toBe(1)
  })

  it.each([1, 1.5, 2])('holds a 600-dpi A4 scan at 400 %% to the budget at device ratio %f', (dpr) => {
    const css = { width: A4_600DPI.width * 4, height: A4_600DPI.height * 4 }
    const out = outputScaleFor(css.width, css.height, dpr)
    const pixels = css.width * out * css.height * out
    expect(pixels).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.0001)
    expect(pixels).toBeGreaterThan(MAX_CANVAS_PIXELS * 0.99)
    // What is decoded for it: no more than the budget, and never more than the scan has.
    const target = rasterTarget(A4_600DPI, 4, dpr)
    expect(target.width * target.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.001)
    expect(target.width).toBeLessThanOrEqual(A4_600DPI.width)
    expect(target.width / target.height).toBeCloseTo(A4_600DPI.width / A4_600DPI.height, 3)
  })

  it('holds a PDF A4 page at 400 % on a high-density screen to the budget', () => {
    const css = { width: 595 * PDF_UNIT * 4, height: 842 * PDF_UNIT * 4 }
    expect(outputScaleFor(css.width, css.height, 1)).toBe(1) // 14.3 MP: fits
    const out = outputScaleFor(css.width, css.height, 2)
    expect(out).toBeLessThan(2)
    expect(css.width * out * css.height * out).toBeCloseTo(MAX_CANVAS_PIXELS, -2)
  })

  it.each([
    // scan size, CSS px per image px, device ratio → decoded size
    [{ width: 1700, height: 2200 }, 0.5, 1, { width: 850, height: 1100 }],
    [{ width: 1700, height: 2200 }, 0.5, 2, { width: 1700, height: 2200 }],
    [{ width: 1700, height: 2200 }, 4, 2, { width: 1700, height: 2200 }], // beyond the scan: the scan
    [{ width: 800, height: 600 }, 0.1, 1, { width: 80, height: 60 }], // a thumbnail
  ])('decodes a %o page shown at %f on ratio %f at %o', (page, scale, dpr, expected) => expect(rasterTarget(page, scale, dpr)).toEqual(expected))
})

describe('evidence rectangles on turned pages', () => {
  /** A point of the unrotated page as seen after turning the page clockwise (fractions). */
  const turnPoint = ([x, y]: [number, number], rotation: number): [number, number] => {
    for (let r = 0; r < rotation; r += 90) [x, y] = [1 - y, x]
    return [x, y]
  }
  const rects = [
    { x: 0.1, y: 0.2, w: 0.3, h: 0.1 },
    { x: 0, y: 0, w: 1, h: 1 },
    { x: 0.55, y: 0.7, w: 0.4, h: 0.25 },
  ]
  const cases = [0, 90, 180, 270].flatMap((rotation) => rects.map((rect) => [rotation, rect] as const))

  it.each(cases)('at %i° %o is where its corners turn to, and comes back', (rotation, rect) => {
    const shown = rectToShown(rect, rotation)
    const [[ax, ay], [bx, by]] = [turnPoint([rect.x, rect.y], rotation), turnPoint([rect.x + rect.w, rect.y + rect.h], rotation)]
    expect(shown.x).toBeCloseTo(Math.min(ax, bx), 10)
    expect(shown.y).toBeCloseTo(Math.min(ay, by), 10)
    expect(shown.w).toBeCloseTo(Math.abs(ax - bx), 10)
    expect(shown.h).toBeCloseTo(Math.abs(ay - by), 10)
    const back = rectFromShown(shown, rotation)
    for (const k of ['x', 'y', 'w', 'h'] as const) expect(back[k]).toBeCloseTo(rect[k], 10)
  })

  it.each([
    [{ x: -0.1, y: 0.5, w: 0.3, h: 0.8 }, { x: 0, y: 0.2, w: 0.3, h: 0.8 }],
    [{ x: 0.123456, y: 0.1, w: 0, h: 2 }, { x: 0.1235, y: 0, w: 0.0001, h: 1 }],
  ])('keeps %o inside the page as %o', (rect, expected) => expect(clampRect(rect)).toEqual(expected))
})

describe('zoom steps', () => {
  it.each([
    [100, 1, 125],
    [100, -1, 90],
    [110, 1, 125],
    [400, 1, 400],
    [50, -1, 50],
    [33, 1, 50],
  ] as const)('from %i %% one step %i is %i %%', (from, direction, expected) => expect(stepZoom(from, direction)).toBe(expected))

  it.each([
    ['fit-page', 'fit-page'],
    ['fit', 'fit-width'],
    [null, 'fit-width'],
    ['abc', 'fit-width'],
    ['1000', 400],
    [12, 50],
    ['149.6', 150],
  ])('reads a stored %o as %o', (raw, expected) => expect(parseZoom(raw)).toBe(expected))

  it('clamps percentages to 50–400', () => expect([clampZoom(10), clampZoom(250.4), clampZoom(900)]).toEqual([50, 250, 400]))
})

describe('stored rotation', () => {
  const rotations = [
    { page: 2, degrees: 90 },
    { page: 3, degrees: 270 },
  ]
  it('reads a page’s stored angle, 0 when none', () => expect([1, 2, 3].map((p) => storedRotationOf(rotations, p))).toEqual([0, 90, 270]))

  it('turns one page a quarter from where it is', () => expect(quarterTurnCalls(rotations, [3], 5)).toEqual([{ pages: [3], degrees: 0 }]))

  it('turns all pages with one call when they stand alike, else per angle', () => {
    expect(quarterTurnCalls([], 'all', 4)).toEqual([{ pages: 'all', degrees: 90 }])
    expect(quarterTurnCalls(rotations, 'all', 3)).toEqual([
      { pages: [1], degrees: 90 },
      { pages: [2], degrees: 180 },
      { pages: [3], degrees: 0 },
    ])
  })

  it('shows the turn before the server answers, dropping pages back at 0°', () => {
    const calls = quarterTurnCalls(rotations, 'all', 3)
    expect(applyTurn(rotations, calls, 3)).toEqual([
      { page: 1, degrees: 90 },
      { page: 2, degrees: 180 },
    ])
  })

  it('gives a turn as the calls that store it and the rotations it leads to', () => {
    expect(quarterTurn(rotations, [2, 4], 5)).toEqual({
      calls: [
        { pages: [2], degrees: 180 },
        { pages: [4], degrees: 90 },
      ],
      next: [
        { page: 2, degrees: 180 },
        { page: 3, degrees: 270 },
        { page: 4, degrees: 90 },
      ],
    })
  })
})

describe('the render queue', () => {
  /** A job that records when it starts and finishes when told. */
  function job(log: string[], name: string) {
    let finish = () => {}
    const done = new Promise<void>((resolve) => (finish = resolve))
    return {
      start: () => {
        log.push(name)
        return done
      },
      finish,
    }
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

  it('starts the most urgent jobs first, at most two at once, nothing beside a page on screen', async () => {
    const log: string[] = []
    const queue = new RenderQueue(2)
    const jobs = { thumb: job(log, 'thumb'), nearby: job(log, 'nearby'), visible: job(log, 'visible'), detail: job(log, 'detail') }
    queue.add(3, jobs.thumb.start)
    queue.add(1, jobs.nearby.start)
    queue.add(0, jobs.visible.start)
    queue.add(2, jobs.detail.start)
    await settle()
    expect(log).toEqual(['visible'])
    jobs.visible.finish()
    await settle()
    expect(log).toEqual(['visible', 'nearby', 'detail'])
    jobs.nearby.finish()
    jobs.detail.finish()
    await settle()
    expect(log).toEqual(['visible', 'nearby', 'detail', 'thumb'])
  })

  it('paints two pages on screen at once', async () => {
    const log: string[] = []
    const queue = new RenderQueue(2)
    queue.add(1, job(log, 'nearby').start)
    queue.add(0, job(log, 'top').start)
    queue.add(0, job(log, 'bottom').start)
    await settle()
    expect(log).toEqual(['top', 'bottom'])
  })

  it('never starts a dropped job, and holds everything while paused', async () => {
    const log: string[] = []
    const queue = new RenderQueue(1)
    queue.setPaused(true)
    const a = job(log, 'a')
    const drop = queue.add(0, a.start)
    queue.add(1, job(log, 'b').start)
    await settle()
    expect(log).toEqual([])
    drop()
    queue.setPaused(false)
    await settle()
    expect(log).toEqual(['b'])
  })

  it('reads a priority when the job is picked, so a page scrolled into view jumps ahead', async () => {
    const log: string[] = []
    const queue = new RenderQueue(1)
    const blocker = job(log, 'blocker')
    queue.add(0, blocker.start)
    let laterPriority = 5
    queue.add(1, job(log, 'was-first').start)
    queue.add(() => laterPriority, job(log, 'scrolled-in').start)
    await settle()
    laterPriority = 0
    blocker.finish()
    await settle()
    expect(log).toEqual(['blocker', 'scrolled-in'])
  })
})

describe('raster pages at the size shown', () => {
  it('averages 1-bit ink down to grey, paper staying white', () => {
    // 16 × 2 px: the left half black, the right half white; WhiteIsZero (1 = black).
    const data = Uint8Array.from([0xff, 0x00, 0xff, 0x00])
    const grey = bilevelToRgba(data, 16, 2, true, { width: 4, height: 1 })
    expect(grey.width).toBe(4)
    expect(Array.from(grey.rgba.filter((_, i) => i % 4 === 0))).toEqual([0, 0, 255, 255])
    // A stripe of one black column in four is a quarter grey.
    const stripe = bilevelToRgba(Uint8Array.from([0x88, 0x88]), 8, 2, true, { width: 2, height: 1 })
    expect(Array.from(stripe.rgba.subarray(0, 4))).toEqual([191, 191, 191, 255])
    // BlackIsZero: the same bytes mean the opposite.
    expect(bilevelToRgba(data, 16, 2, false, { width: 4, height: 1 }).rgba[0]).toBe(255)
  })

  it('never decodes a raster larger than it is', () => {
    const r = bilevelToRgba(new Uint8Array(4), 16, 2, true, { width: 100, height: 100 })
    expect([r.width, r.height]).toEqual([16, 2])
  })

  it.each([
    // samples, channels, invert → one averaged pixel
    [[255, 0, 0, 255, 0, 0, 255, 255, 255, 0, 0, 255, 0, 0, 255, 255], 4, false, [128, 0, 128, 255]],
    [[255, 0, 0, 0, 0, 255, 255, 0, 0, 0, 0, 255], 3, false, [128, 0, 128, 255]],
    [[0, 255, 255, 255], 1, false, [191, 191, 191, 255]],
    [[0, 255, 255, 255], 1, true, [64, 64, 64, 255]], // WhiteIsZero
  ] as const)('box-filters 2 × 2 pixels of %o (%i a pixel) to one', (samples, channels, invert, expected) => {
    const out = samplesToRgba(Uint8Array.from(samples), 2, 2, channels, invert, { width: 1, height: 1 })
    expect(Array.from(out.rgba)).toEqual(expected)
  })

  it('keeps every pixel at full size', () => {
    const rgb = Uint8Array.from([10, 20, 30, 40, 50, 60])
    expect(Array.from(samplesToRgba(rgb, 2, 1, 3, false, { width: 2, height: 1 }).rgba)).toEqual([10, 20, 30, 255, 40, 50, 60, 255])
  })
})
