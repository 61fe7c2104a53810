import type { ThemeConfig } from 'antd'

export const FONT_FAMILY =
  "'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',-apple-system,'Segoe UI',sans-serif"

/** A calm government blue on light surfaces; compact tables, readable body text. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fa8',
    colorInfo: '#1f5fa8',
    colorSuccess: '#2e8b57',
    colorWarning: '#d48806',
    colorError: '#c8372d',
    colorBgLayout: '#f3f5f8',
    borderRadius: 4,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#1f5fa8', headerHeight: 52, headerPadding: '0 20px', siderBg: '#ffffff', triggerBg: '#f0f3f7', triggerColor: '#1f5fa8' },
    Menu: { itemSelectedBg: '#e8f0fa', itemSelectedColor: '#1f5fa8' },
    Table: { headerBg: '#f5f7fa', cellPaddingBlockSM: 6 },
    Collapse: { headerBg: '#f5f7fa' },
  },
}
