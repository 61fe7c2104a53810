/** Messages of printed documents' frame (renderer/src/print); zh-CN.ts and en.ts take them under the key 'print'. en must have the same keys. */
export const print = {
  zh: {
    back: '返回',
    print: '打印',
    exportPdf: '导出PDF',
    saveAsPdfHint: '在打印对话框中选择“另存为 PDF”',
    preparing: '正在排版',
    exported: '已导出：{{fileName}}',
  },
  en: {
    back: 'Back',
    print: 'Print',
    exportPdf: 'Export PDF',
    saveAsPdfHint: 'Choose "Save as PDF" in the print dialog',
    preparing: 'Laying out',
    exported: 'Exported: {{fileName}}',
  },
}
