import { describe, expect, it } from 'vitest'
import { cropSize, planCrop, rasterCropTransform } from '../../renderer/src/viewer/crop'
import { expectDefined, take } from '../support/defined'

const close = (actual: Record<string, number>, expected: Record<string, number>) => {
  for (const [k, v] of Object.entries(expected)) expect(actual[k], k).toBeCloseTo(v, 6)
}

describe('planning an evidence crop', () => {
  it('shows a whole page when there is no rectangle (a veto)', () => {
    expect(planCrop(null, 90)).toEqual({ region: { x: 0, y: 0, w: 1, h: 1 }, highlight: null })
  })

  it('keeps a margin of page around the rectangle, held inside the page', () => {
    const { region, highlight } = planCrop({ x: 0.01, y: 0.5, w: 0.4, h: 0.2 }, 0, 0.05)
    close(region, { x: 0, y: 0.45, w: 0.46, h: 0.3 })
    close(highlight!, { x: 0.01 / 0.46, y: 0.05 / 0.3, w: 0.4 / 0.46, h: 0.2 / 0.3 })
  })

  it('turns with the page: a rectangle at the top left of a page turned a quarter is at its top right', () => {
    const { region, highlight } = planCrop({ x: 0.1, y: 0.1, w: 0.2, h: 0.1 }, 90, 0)
    close(region, { x: 0.8, y: 0.1, w: 0.1, h: 0.2 })
    close(highlight!, { x: 0, y: 0, w: 1, h: 1 })
  })
})

describe('sizing a crop', () => {
  it('fills the width unless that is taller than allowed', () => {
    const a4 = { width: 595, height: 842 }
    expect(cropSize({ x: 0, y: 0, w: 1, h: 1 }, a4, 300)).toMatchObject({ width: 300, height: Math.round((842 * 300) / 595) })
    const capped = cropSize({ x: 0, y: 0, w: 1, h: 1 }, a4, 300, 200)
    expect(capped.height).toBe(200)
    expect(capped.width).toBe(Math.round((595 * 200) / 842))
    expect(capped.scale).toBeCloseTo(200 / 842, 9)
  })
})

describe('drawing a raster crop', () => {
  // Maps a page pixel through the canvas transform [a, b, c, d, e, f].
  const apply = ([a, b, c, d, e, f]: readonly [number, number, number, number, number, number], x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f]

  it.each([0, 90, 180, 270])('puts the region of a page turned %i° at the canvas origin, at k pixels a page pixel', (rotation) => {
    const width = 400
    const height = 600
    const rect = { x: 0.25, y: 0.5, w: 0.25, h: 0.1 }
    const { region } = planCrop(rect, rotation, 0)
    const k = 2
    const m = rasterCropTransform(width, height, rotation, region, k)
    // The rectangle's four corners on the page land on the corners of the canvas.
    const points: [number, number][] = [
      [rect.x * width, rect.y * height],
      [(rect.x + rect.w) * width, rect.y * height],
      [rect.x * width, (rect.y + rect.h) * height],
      [(rect.x + rect.w) * width, (rect.y + rect.h) * height],
    ]
    const corners = points.map(([x, y]) => apply(m, x, y))
    const xs = corners.map((c) => c[0])
    const ys = corners.map((c) => c[1])
    const sideways = rotation % 180 !== 0
    expect(Math.min(...xs)).toBeCloseTo(0, 6)
    expect(Math.min(...ys)).toBeCloseTo(0, 6)
    expect(Math.max(...xs)).toBeCloseTo(k * (sideways ? rect.h * height : rect.w * width), 6)
    expect(Math.max(...ys)).toBeCloseTo(k * (sideways ? rect.w * width : rect.h * height), 6)
    // Turned clockwise, not mirrored: the rectangle's top-left corner goes round the crop's corners.
    const [maxX, maxY] = [Math.max(...xs), Math.max(...ys)]
    const goesTo: Record<number, [number, number]> = { 0: [0, 0], 90: [maxX, 0], 180: [maxX, maxY], 270: [0, maxY] }
    const [ex, ey] = expectDefined(goesTo[rotation], `the corner at ${rotation}°`)
    const [[topLeftX, topLeftY]] = take(corners, 1)
    expect(topLeftX).toBeCloseTo(ex, 6)
    expect(topLeftY).toBeCloseTo(ey, 6)
  })
})
