/**
 * A drawing-library-free description of a case-file page: forms are laid out into these ops, the
 * PDF writer draws them, and the font test reads every text out of them.
 */
export type Ink = 'ink' | 'faint' | 'red' | 'blue' | 'pencil' | 'stamp'

export type Op =
  | { t: 'text'; x: number; y: number; size: number; text: string; bold?: boolean; ink?: Ink; rotate?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; width?: number; ink?: Ink }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: number; stroke?: boolean; width?: number }
  | { t: 'poly'; points: [[number, number], ...[number, number][]]; fill: number }
  | { t: 'ellipse'; x: number; y: number; rx: number; ry: number; fill?: number; stroke?: boolean; width?: number }
  | { t: 'seal'; x: number; y: number; r: number; text: string }

export interface PageModel {
  docType: string
  ops: Op[]
}

export const PAGE = { width: 595.28, height: 841.89 } as const
export const MARGIN = { left: 72, right: 523, top: 775, bottom: 72 } as const
export const CONTENT_WIDTH = MARGIN.right - MARGIN.left

/** Every string a page prints, for the font-coverage check. */
export function pageTexts(page: PageModel): string[] {
  return page.ops.flatMap((op) => (op.t === 'text' || op.t === 'seal' ? [op.text] : []))
}
