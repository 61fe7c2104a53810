import { ApiError } from './errors'
import i18n from '../i18n'

const STORAGE_KEY = 'caseDesk.token'
let cached: string | null | undefined

/**
 * The bridge token arrives once in the page URL (?token=…). Keep it for the session and take it
 * out of the address bar, so it does not end up in screenshots or copied links.
 */
export function bridgeToken(): string | null {
  if (cached !== undefined) return cached
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`)
  }
  cached = fromUrl ?? sessionStorage.getItem(STORAGE_KEY)
  return cached
}

/** The token, for a request that cannot go without it. */
export function requireBridgeToken(): string {
  const token = bridgeToken()
  if (!token) throw new ApiError('unauthorized', i18n.t('errors.noToken'))
  return token
}
