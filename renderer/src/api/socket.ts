import type { Envelope } from '../../../shared/contract/errors'
import type { ProgressEvent } from '../../../shared/contract/progress'
import type { SocketCall, SocketReply } from '../../../shared/contract/socket'
import type { DesktopBridge } from './desktop'
import { networkError, type ApiError } from './errors'
import { requireBridgeToken } from './token'
import { answerRequest } from './pageRequests'

interface Pending {
  resolve: (envelope: Envelope<unknown>) => void
  reject: (error: ApiError) => void
}

/**
 * The page's side of the bridge's `/socket`: the same shape as the desktop's IPC bridge. One
 * socket carries every call, the progress events and what a running call asks of the page (files
 * to choose, an export to download); it opens on first use and again on the next call after it
 * closed (the calls then in flight fail with a network error).
 */
export function socketBridge(): DesktopBridge {
  let opening: Promise<WebSocket> | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()
  const listeners = new Set<(event: ProgressEvent) => void>()

  function open(): Promise<WebSocket> {
    if (opening) return opening
    const attempt = new Promise<WebSocket>((resolve, reject) => {
      // Without the token this throws, and the call fails with it.
      const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/socket?token=${encodeURIComponent(requireBridgeToken())}`
      const socket = new WebSocket(url)
      socket.onopen = () => resolve(socket)
      const progress = (event: ProgressEvent) => listeners.forEach((listener) => listener(event))
      socket.onmessage = (message: MessageEvent<string>) => {
        const reply = JSON.parse(message.data) as SocketReply
        if ('progress' in reply) return progress(reply.progress)
        if ('request' in reply) return void answerRequest(reply.request, (answer) => socket.send(JSON.stringify(answer)), progress)
        pending.get(reply.id)?.resolve(reply.envelope)
        pending.delete(reply.id)
      }
      socket.onclose = (event) => {
        forget()
        const error = networkError(event.reason || `socket closed (${event.code})`)
        reject(error)
        for (const call of pending.values()) call.reject(error)
        pending.clear()
      }
    })
    // The next call opens a new socket; a newer attempt is left alone.
    const forget = () => {
      if (opening === attempt) opening = null
    }
    attempt.catch(forget)
    opening = attempt
    return attempt
  }

  return {
    async invoke(method, input) {
      const socket = await open()
      const id = nextId++
      const call: SocketCall = { id, method, input: input ?? {} }
      return new Promise<Envelope<unknown>>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        socket.send(JSON.stringify(call))
      })
    },
    onProgress(listener) {
      listeners.add(listener)
      open().catch(() => {})
      return () => listeners.delete(listener)
    },
  }
}
