/**
 * The browser's (and Electron's) full screen for the projector. A refused request is not an
 * error: the slides still fill the window. Never awaited: under a denying permission handler
 * the promise does not settle.
 */
export function enterFullscreen(): void {
  if (document.fullscreenElement || !document.fullscreenEnabled) return
  document.documentElement.requestFullscreen?.().catch(() => {})
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {})
}

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null
}
