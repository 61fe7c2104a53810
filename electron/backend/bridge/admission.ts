import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

export interface Admission {
  /** null when the request target is no URL at all (`GET http://[`): answered 400. */
  url: URL | null
  /** Not a loopback peer, or another host name (DNS rebinding) or origin: refused whatever the token. */
  foreign: boolean
  /** Carries the bridge's token (Bearer header, or `?token=` where a browser cannot set headers). */
  authorized: boolean
}

/** What a request to the bridge is allowed: only this machine's pages, from our own origin, with the token. */
export function admit(req: IncomingMessage, port: number, token: string): Admission {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const host = req.headers.host ?? ''
  const origin = req.headers.origin
  const foreign = !LOOPBACK.has(req.socket.remoteAddress ?? '') || !allowed.has(host) || (origin !== undefined && !allowed.has(origin.replace(/^http:\/\//, '')))
  const base = `http://127.0.0.1:${port}`
  const url = URL.canParse(req.url ?? '/', base) ? new URL(req.url ?? '/', base) : null
  const bearer = req.headers.authorization?.replace(/^Bearer /, '') ?? url?.searchParams.get('token')
  return { url, foreign, authorized: sameToken(bearer, token) }
}
