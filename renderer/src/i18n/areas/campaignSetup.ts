/** Messages of one area; zh-CN.ts and en.ts take them under the key 'campaignSetup'. en must have the same keys. */
export const campaignSetup = {
  zh: {
    title: '新建评查活动',
  },
  en: {
    title: 'New campaign',
  },
}
