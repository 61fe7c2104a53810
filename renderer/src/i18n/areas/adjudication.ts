/** Messages of one area; zh-CN.ts and en.ts take them under the key 'adjudication'. en must have the same keys. */
export const adjudication = {
  zh: {
    title: '组长裁定',
  },
  en: {
    title: 'Adjudication',
  },
}
