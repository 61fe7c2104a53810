import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { nth } from './defined'

/** Opens a WebSocket by hand on a bare TCP socket, so the test can send frames no client library would. */
export function rawSocket(port: number, path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      const key = randomBytes(16).toString('base64')
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`)
    })
    socket.on('error', () => {}) // the server may reset it: that is what is being tested
    socket.once('data', (data) => (data.toString('latin1').startsWith('HTTP/1.1 101') ? resolve(socket) : reject(new Error(data.toString('latin1')))))
  })
}

interface FrameOptions {
  fin?: boolean
  rsv?: number
  mask?: boolean
  /** The payload length written in the header, whatever the payload's real length. */
  declared?: bigint
}

/** One WebSocket frame (RFC 6455 §5.2), as a client sends it unless told otherwise. */
export function frame(opcode: number, payload: Buffer, { fin = true, rsv = 0, mask = true, declared }: FrameOptions = {}): Buffer {
  const length = declared ?? BigInt(payload.length)
  const head = [(fin ? 0x80 : 0) | (rsv << 4) | opcode]
  const maskBit = mask ? 0x80 : 0
  let ext = Buffer.alloc(0)
  if (length < 126n) head.push(maskBit | Number(length))
  else if (length < 65536n) {
    head.push(maskBit | 126)
    ext = Buffer.alloc(2)
    ext.writeUInt16BE(Number(length))
  } else {
    head.push(maskBit | 127)
    ext = Buffer.alloc(8)
    ext.writeBigUInt64BE(length)
  }
  if (!mask) return Buffer.concat([Buffer.from(head), ext, payload])
  const key = randomBytes(4)
  const masked = Buffer.from(payload.map((b, i) => b ^ key.readUInt8(i % 4)))
  return Buffer.concat([Buffer.from(head), ext, key, masked])
}

const OPCODE = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9 } as const

/**
 * `count` hostile frame sequences, seeded so a failure can be replayed: broken frames (unmasked,
 * reserved bits and opcodes, oversized control frames, lengths past any limit, invalid UTF-8,
 * stray continuations) and well-formed frames carrying things that are not calls.
 */
export function hostileFrames(count: number, seed = 1): Buffer[] {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(items: readonly T[]) => nth(items, Math.floor(next() * items.length))
  const noise = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)))
  const text = (s: string) => frame(OPCODE.text, Buffer.from(s))
  const notCalls = ['{not json', 'null', '42', '"call"', '[]', '[1,2]', '{}', '{"id":"1","method":"cases.squads"}', '{"id":1.5,"method":"cases.squads"}', '{"id":1e300}', '{"method":"cases.squads"}', '{"id":null}', '\u0000', '{"id":1,"method":{"toString":1}}', '{"__proto__":{"id":1}}']
  const kinds: (() => Buffer)[] = [
    () => noise(1 + Math.floor(next() * 64)),
    () => frame(OPCODE.text, Buffer.from('{"id":1}'), { mask: false }),
    () => frame(pick([3, 4, 5, 6, 7, 11, 12, 13, 14, 15]), noise(8)),
    () => frame(OPCODE.text, Buffer.from('{}'), { rsv: 1 + Math.floor(next() * 7) }),
    () => frame(OPCODE.ping, noise(126)),
    () => frame(OPCODE.ping, noise(4), { fin: false }),
    () => frame(OPCODE.text, Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc])),
    () => frame(OPCODE.text, Buffer.alloc(0), { declared: pick([2n ** 63n - 1n, 2n ** 53n, 10n * 1024n * 1024n + 1n]) }),
    () => frame(OPCODE.continuation, Buffer.from('{"id":1}')),
    () => frame(OPCODE.close, noise(1)),
    () => Buffer.concat([frame(OPCODE.text, Buffer.from('{"id":'), { fin: false }), frame(OPCODE.text, Buffer.from('1}'))]),
    () => text(pick(notCalls)),
    () => frame(OPCODE.binary, noise(1 + Math.floor(next() * 256))),
  ]
  return Array.from({ length: count }, () => pick(kinds)())
}
