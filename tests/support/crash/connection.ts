import WebSocket from 'ws'
import type { Envelope } from '../../../shared/contract/errors'
import type { SocketCall, SocketReply } from '../../../shared/contract/socket'
import { TEST_ADMIN, TEST_PASSWORD } from '../workspace'

/** A call whose answer never arrived: the socket closed while it was on its way. */

export class LostAnswer extends Error {
  constructor(method: string) {
    super(`${method}: no answer (the socket closed)`)
  }
}

/** The bridge's socket as the page uses it: calls by id, each answered once or lost when the socket closes. */
export class Connection {
  private nextId = 1
  private readonly pending = new Map<number, { method: string; resolve: (e: Envelope<unknown>) => void; reject: (e: Error) => void }>()
  private closed = false

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as SocketReply
      if (!('id' in reply)) return
      this.pending.get(reply.id)?.resolve(reply.envelope)
      this.pending.delete(reply.id)
    })
    socket.on('close', () => {
      this.closed = true
      for (const call of this.pending.values()) call.reject(new LostAnswer(call.method))
      this.pending.clear()
    })
    // A reset when the process is killed: the close that follows fails what is in flight.
    socket.on('error', () => {})
  }

  /** A page on the bridge, signed in as the test workspace's administrator (who may score anyone's record). */
  static async open(port: number, token: string): Promise<Connection> {
    const connection = await new Promise<Connection>((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/socket?token=${token}`)
      socket.once('open', () => resolve(new Connection(socket)))
      socket.once('error', reject)
    })
    const signedIn = await connection.call('auth.signIn', { login: TEST_ADMIN.login, password: TEST_PASSWORD })
    if (!signedIn.ok) throw new Error(`sign-in refused: ${signedIn.error.message}`)
    return connection
  }

  call(method: string, input: object): Promise<Envelope<unknown>> {
    if (this.closed) return Promise.reject(new LostAnswer(method))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject })
      this.socket.send(JSON.stringify({ id, method, input } satisfies SocketCall))
    })
  }

  close(): void {
    this.socket.close()
  }
}
