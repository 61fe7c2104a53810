import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { Backend } from '../services/backend'
import { MAX_SOCKET_MESSAGE_BYTES, pickAnswer, type PickAnswer, type SocketCall, type SocketReply } from '../../../shared/contract/socket'
import { pagePorts } from './page-ports'
import { newCaller } from '../services/auth/caller'

/** Close codes (RFC 6455) this side sends itself; ws closes broken frames with 1002, 1007 or 1009 on its own. */
const CLOSE = { notACall: 1007, internal: 1011 } as const

/** Far deeper than any contract input; millions of nested brackets would hold JSON.parse for seconds. */
const MAX_DEPTH = 64

function nestedTooDeep(text: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

/** The call (or answer to a pick) in a message, or why it is neither. An id that cannot be read leaves no one to answer. */
function parseMessage(data: RawData): SocketCall | PickAnswer | string {
  const text = data.toString()
  if (nestedTooDeep(text)) return 'malformed call: nested too deep'
  let call: unknown
  try {
    call = JSON.parse(text)
  } catch {
    return 'malformed call: not JSON'
  }
  if (typeof call !== 'object' || call === null || Array.isArray(call)) return 'malformed call: not an object'
  if ('picked' in call) {
    const answer = pickAnswer.safeParse(call)
    return answer.success ? answer.data : 'malformed answer to a pick'
  }
  const { id, method, input } = call as Partial<SocketCall>
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return 'malformed call: no id'
  // A call with an id but no method name is answered (unknown_method), not dropped.
  return { id, method: typeof method === 'string' ? method : '', input }
}

/**
 * Contract calls and progress events over one WebSocket per page, the bridge's counterpart of
 * IPC: no HTTP request per call, so a save reaches the database about as fast as over IPC.
 * Calls run as they arrive; each answer carries its call's id. A call that asks the user for
 * files or hands over an export reaches this page through its own ports (`pagePorts`). A bad
 * frame or message closes that one socket, never the bridge.
 */
export function callSocket(app: Backend, { maxUploadBytes }: { maxUploadBytes: number }) {
  // maxPayload: 10 MiB (10,485,760 bytes). The largest legitimate call is rubrics.importJson, a
  // string of at most 2,000,000 UTF-16 units: text is at most 3 bytes a unit on the wire (a CJK
  // character; a quote or line break escaped is 2), about 6 MB. Only control characters (6 bytes
  // as \u00XX) could take a full-length string past the limit, and a rubric file has none.
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES })
  server.on('error', (err) => console.warn('[bridge] socket server error', err))
  const send = (socket: WebSocket, reply: SocketReply) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply))
  }
  server.on('connection', (socket: WebSocket) => {
    const unsubscribe = app.onProgress((progress) => send(socket, { progress }))
    const page = pagePorts((request) => send(socket, { request }), app.ctx.paths.data, maxUploadBytes)
    // Each page signs in on its own: a reload is a new page, as a new window would be.
    const caller = newCaller(page.ports)
    socket.on('close', () => {
      unsubscribe()
      page.close()
    })
    // An oversized or broken frame: ws has already sent its close code; without this listener
    // the error would be thrown and stop the process.
    socket.on('error', (err) => {
      console.warn('[bridge] socket closed after a bad frame:', err.message)
      socket.terminate()
    })
    socket.on('message', async (data) => {
      try {
        const call = parseMessage(data)
        if (typeof call === 'string') return socket.close(CLOSE.notACall, call)
        if ('picked' in call) return page.answer(call)
        send(socket, { id: call.id, envelope: await app.dispatch(call.method, call.input, caller) })
      } catch (err) {
        console.error('[bridge] a call failed outside its handler', err)
        socket.close(CLOSE.internal, 'internal error')
      }
    })
  })
  return {
    accept(req: IncomingMessage, stream: Duplex, head: Buffer) {
      server.handleUpgrade(req, stream, head, (socket) => server.emit('connection', socket, req))
    },
  }
}
