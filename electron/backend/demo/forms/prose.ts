import { type Block, paragraph } from '../layout/flow'

/** Official instruments are set larger than the hand-filled records (公文 body type is large). */
export const PROSE_SIZE = 14

export function prose(text: string): Block[] {
  return paragraph(text, { size: PROSE_SIZE })
}
