import type { Locale } from '../contract/workspace'

/** The desktop window's own question when it is closed or reloaded over unpublished changes. */
export const UNLOAD_DIALOG: Record<Locale, { title: string; message: string; detail: string; leave: string; stay: string }> = {
  'zh-CN': {
    title: '案卷评查台',
    message: '放弃未发布的修改？',
    detail: '有尚未发布的修改，关闭或重新加载窗口后将会丢失。',
    leave: '离开',
    stay: '留下',
  },
  en: {
    title: 'Case File Review Desk',
    message: 'Discard unpublished changes?',
    detail: 'Some changes are not published yet and will be lost if the window closes or reloads.',
    leave: 'Leave',
    stay: 'Stay',
  },
}
