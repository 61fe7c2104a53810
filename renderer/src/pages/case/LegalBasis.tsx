import { Fragment, useState, type ReactNode } from 'react'
import { Alert, Drawer, Tag, Tooltip, Typography } from 'antd'
import { WarningOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { ResolvedCitation } from '../../../../shared/contract/statutes'
import { useQuery } from '../../api'

/**
 * 法律依据 as written, with every citation the statute library recognises made a link that
 * opens the article; citations it cannot resolve carry a warning saying why.
 */
export function LegalBasis({ text }: { text: string }) {
  const resolved = useQuery('statutes.resolve', text ? { text } : null)
  const [open, setOpen] = useState<ResolvedCitation | null>(null)
  if (!text) return <>—</>
  const citations = resolved.data ?? []

  // Link each citation where it stands in the text; any not found verbatim go after it.
  const parts: ReactNode[] = []
  const trailing: ReactNode[] = []
  let cursor = 0
  citations.forEach((c, i) => {
    const at = c.raw ? text.indexOf(c.raw, cursor) : -1
    const node = <Citation key={`c${i}`} citation={c} onOpen={setOpen} />
    if (at < 0) {
      trailing.push(node)
      return
    }
    if (at > cursor) parts.push(<Fragment key={`t${i}`}>{text.slice(cursor, at)}</Fragment>)
    parts.push(node)
    cursor = at + c.raw.length
  })
  if (cursor < text.length) parts.push(<Fragment key="rest">{text.slice(cursor)}</Fragment>)

  return (
    <span className="legal-basis" data-testid="legal-basis">
      {parts}
      {trailing.length > 0 && <span className="legal-basis-extra"> {trailing}</span>}
      <StatuteDrawer citation={open} onClose={() => setOpen(null)} />
    </span>
  )
}

function Citation({ citation: c, onOpen }: { citation: ResolvedCitation; onOpen: (c: ResolvedCitation) => void }) {
  const { t } = useTranslation()
  const linkable = c.article !== null
  const label = linkable ? (
    <Typography.Link onClick={() => onOpen(c)} className="citation-link">
      {c.raw}
    </Typography.Link>
  ) : (
    <span>{c.raw}</span>
  )
  return (
    <span className="citation" data-testid="citation" data-status={c.status}>
      {label}
      {c.status !== 'ok' && (
        <Tooltip title={t(`statute.explain.${c.status}`)}>
          <Tag color="warning" icon={<WarningOutlined />} className="citation-warning">
            {t(`statute.status.${c.status}`)}
          </Tag>
        </Tooltip>
      )}
    </span>
  )
}

const DIGITS = '零一二三四五六七八九'
/** 1 → 一, 12 → 十二, 25 → 二十五: how 款 and 项 are numbered in Chinese law texts. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS.charAt(n)
  const tens = Math.floor(n / 10)
  return `${tens > 1 ? DIGITS[tens] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`
}

/** A paragraph with items carries them inline too; show its lead-in only and list the items. */
function leadIn(text: string, hasItems: boolean): string {
  const at = hasItems ? text.indexOf('（一）') : -1
  return at >= 0 ? text.slice(0, at) : text
}

function StatuteDrawer({ citation, onClose }: { citation: ResolvedCitation | null; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const article = citation?.article
  const number = (n: number) => (i18n.language === 'en' ? String(n) : chineseNumber(n))
  return (
    <Drawer
      open={citation !== null && !!article}
      onClose={onClose}
      size={520}
      title={citation?.lawTitle ? `《${citation.lawTitle}》` : t('statute.drawerTitle')}
      rootClassName="statute-drawer"
    >
      {citation && article && (
        <div data-testid="statute-drawer" data-status={citation.status}>
          {citation.status !== 'ok' && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t(`statute.explain.${citation.status}`)} />
          )}
          {article.chapter && <Typography.Text type="secondary">{article.chapter}</Typography.Text>}
          <Typography.Title level={5} style={{ marginTop: 4 }}>
            {article.label}
          </Typography.Title>
          {article.paragraphs.map((p, i) => {
            const cited = citation.paragraph === i + 1
            return (
              <div
                key={i}
                className={`statute-paragraph${cited ? ' statute-paragraph-cited' : ''}`}
                data-testid="statute-paragraph"
                data-cited={cited ? 'true' : 'false'}
              >
                {article.paragraphs.length > 1 && <span className="statute-paragraph-no">{t('statute.paragraph', { n: number(i + 1) })}</span>}
                {cited && <Tag color="blue">{t('statute.cited')}</Tag>}
                <div>{leadIn(p.text, p.items.length > 0)}</div>
                {p.items.length > 0 && (
                  <ul className="statute-items">
                    {p.items.map((item, j) => {
                      const citedItem = cited && citation.item === j + 1
                      return (
                        <li key={j} className={citedItem ? 'statute-item-cited' : undefined} data-testid="statute-item" data-cited={citedItem ? 'true' : 'false'}>
                          {i18n.language === 'en' ? `(${j + 1}) ` : `（${chineseNumber(j + 1)}）`}
                          {item}
                        </li>
                      )
                    })}
                  </ul>
                )}
              </div>
            )
          })}
        </div>
      )}
    </Drawer>
  )
}
