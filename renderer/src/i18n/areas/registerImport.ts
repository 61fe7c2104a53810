/** Messages of one area; zh-CN.ts and en.ts take them under the key 'registerImport'. en must have the same keys. */
export const registerImport = {
  zh: {
    title: '导入案件台账',
  },
  en: {
    title: 'Import the case register',
  },
}
