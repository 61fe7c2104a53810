/** Messages of one area; zh-CN.ts and en.ts take them under the key 'people'. en must have the same keys. */
export const people = {
  zh: {
    title: '机构与人员',
  },
  en: {
    title: 'Organisation and people',
  },
}
