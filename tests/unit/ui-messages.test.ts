import { describe, expect, it } from 'vitest'
import { zhCN } from '../../renderer/src/i18n/zh-CN'
import { en } from '../../renderer/src/i18n/en'

// A placeholder present in one language only renders as raw braces or drops a figure.

type Tree = { [key: string]: unknown }

function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  if (typeof tree === 'string') out.set(prefix, tree)
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree as Tree)) for (const [k, v] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(k, v)
  return out
}

const placeholders = (text: string) => [...new Set(text.match(/\{\{\s*[\w.]+\s*(,[^}]*)?\}\}/g)?.map((p) => p.replace(/\s|,.*(?=\}\})/g, '')) ?? [])].sort()

describe('UI messages', () => {
  const zh = leaves(zhCN)
  const english = leaves(en)

  it('have the same keys in both languages', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort())
  })

  it('have the same placeholders in both languages', () => {
    const differ = [...zh].filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key) ?? '').join())
    expect(differ.map(([key, text]) => `${key}: ${text} ≠ ${english.get(key)}`)).toEqual([])
  })

  it('are never empty', () => {
    expect([...zh, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([])
  })
})
