// The part of utif2 the viewer uses. Its own typings `import 'node'`, which would bring Node's
// globals into the sandboxed renderer's program; tsconfig.web.json maps 'utif2' here instead.

/** One image directory: tags as `t<number>` (values as read), and the decoded samples in `data`. */
export interface IFD {
  [tag: `t${number}`]: number[] | string[] | Uint8Array | undefined
  data: Uint8Array
}

export function decode(buffer: ArrayBuffer, options?: { parseMN?: boolean; debug?: boolean }): IFD[]
export function decodeImage(buffer: ArrayBuffer, ifd: IFD, ifds?: IFD[]): void
export function toRGBA8(ifd: IFD): Uint8Array
