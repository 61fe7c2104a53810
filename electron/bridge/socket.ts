import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { App } from '../services/app'
import { MAX_SOCKET_MESSAGE_BYTES, type SocketCall, type SocketReply } from '../../shared/contract/socket'

function parseCall(data: RawData): SocketCall | null {
  try {
    const call = JSON.parse(data.toString()) as Partial<SocketCall>
    return typeof call.id === 'number' && typeof call.method === 'string' ? { id: call.id, method: call.method, input: call.input } : null
  } catch {
    return null
  }
}

/**
 * Contract calls and progress events over one WebSocket per page, the bridge's counterpart of
 * IPC: no HTTP request per call, so a save reaches the database about as fast as over IPC.
 * Calls run as they arrive; each answer carries its call's id.
 */
export function callSocket(app: App) {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES })
  const send = (socket: WebSocket, reply: SocketReply) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply))
  }
  server.on('connection', (socket: WebSocket) => {
    const unsubscribe = app.onProgress((progress) => send(socket, { progress }))
    socket.on('close', unsubscribe)
    socket.on('message', async (data) => {
      const call = parseCall(data)
      // Without a readable id there is no one to answer: the page sees the socket close.
      if (!call) return socket.close(1007, 'malformed call')
      send(socket, { id: call.id, envelope: await app.dispatch(call.method, call.input) })
    })
  })
  return {
    accept(req: IncomingMessage, stream: Duplex, head: Buffer) {
      server.handleUpgrade(req, stream, head, (socket) => server.emit('connection', socket, req))
    },
  }
}
