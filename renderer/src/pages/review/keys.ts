import { isEditableTarget } from '../../viewer'

export { isEditableTarget }

/** Enter and Space on a button, link or switch belong to that control. */
export function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], [role="button"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]') !== null
}

/** Keys typed into a dialog or drawer are that dialog's. */
export function inOverlay(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.ant-modal-root, .ant-drawer, .ant-popover') !== null
}

/** 1–9 from the number row or the keypad, whatever the layout prints on the key. */
export function digitOf(e: { code: string }): number | null {
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)
  return m ? Number(m[1]) : null
}

export function noModifier(e: { ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean {
  return !e.ctrlKey && !e.altKey && !e.metaKey
}

/** Enter while an input method is composing picks a candidate; it must not save. */
export function isComposing(e: { nativeEvent?: { isComposing?: boolean }; isComposing?: boolean; keyCode?: number }): boolean {
  return Boolean(e.nativeEvent?.isComposing ?? e.isComposing) || e.keyCode === 229
}

/** Focuses an element once React has rendered it (e.g. inside a section just expanded). */
export function focusWhenRendered(selector: string, then?: (el: HTMLElement) => void, frames = 10) {
  const el = document.querySelector<HTMLElement>(selector)
  if (el) {
    el.scrollIntoView({ block: 'nearest' })
    el.focus({ preventScroll: true })
    then?.(el)
  } else if (frames > 0) requestAnimationFrame(() => focusWhenRendered(selector, then, frames - 1))
}
