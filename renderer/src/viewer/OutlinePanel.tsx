import { useState } from 'react'
import { Alert, AutoComplete, Button, Empty, Flex, InputNumber, Tooltip, Typography } from 'antd'
import { DeleteOutlined, TagOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { DEFAULT_DOC_TYPES } from '../../../shared/contract/documents'
import { tagIndexAt, type TagRange } from './pageTags'

interface OutlinePanelProps {
  tags: TagRange[]
  /** Why the list could not be read, if it could not. */
  loadError: string | null
  current: number
  pageCount: number
  saving: boolean
  onJump: (page: number) => void
  onAdd: (tag: TagRange) => void
  onRemove: (index: number) => void
}

const TYPE_OPTIONS = DEFAULT_DOC_TYPES.map((value) => ({ value }))

/**
 * 卷内目录: which document each range of pages is (立案审批表 p. 1–2, 询问笔录 p. 5–8 …). Click an
 * entry to go to its first page; tag the current page or a range; remove an entry.
 */
export function OutlinePanel({ tags, loadError, current, pageCount, saving, onJump, onAdd, onRemove }: OutlinePanelProps) {
  const { t } = useTranslation()
  const [docType, setDocType] = useState('')
  // The range follows the page on screen until the reviewer types one.
  const [typed, setTyped] = useState<{ first: number | null; last: number | null } | null>(null)
  const first = typed ? typed.first : current
  const last = typed ? typed.last : current
  const currentIndex = tagIndexAt(tags, current)
  const valid = docType.trim() !== '' && first !== null && last !== null && first >= 1 && last >= first && last <= pageCount

  function add() {
    if (!valid || first === null || last === null) return
    onAdd({ firstPage: first, lastPage: last, docType: docType.trim() })
    setTyped(null)
  }

  return (
    <div className="viewer-outline" data-testid="outline">
      <div className="viewer-outline-editor">
        <Flex align="center" gap={4}>
          <Typography.Text type="secondary">{t('viewer.tagPages')}</Typography.Text>
          <InputNumber
            size="small"
            min={1}
            max={pageCount}
            precision={0}
            value={first}
            onChange={(v) => setTyped({ first: v, last: typed ? typed.last : last })}
            style={{ width: 52 }}
            controls={false}
            aria-label={t('viewer.tagFirst')}
            data-testid="tag-first"
          />
          <span>–</span>
          <InputNumber
            size="small"
            min={1}
            max={pageCount}
            precision={0}
            value={last}
            onChange={(v) => setTyped({ first: typed ? typed.first : first, last: v })}
            style={{ width: 52 }}
            controls={false}
            aria-label={t('viewer.tagLast')}
            data-testid="tag-last"
          />
        </Flex>
        <Flex align="center" gap={4} style={{ marginTop: 6 }}>
          <AutoComplete
            size="small"
            value={docType}
            options={TYPE_OPTIONS}
            onChange={(v: string) => setDocType(v)}
            placeholder={t('viewer.tagDocTypePlaceholder')}
            filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}
            maxLength={50}
            popupMatchSelectWidth={180}
            style={{ flex: 1, minWidth: 0 }}
            aria-label={t('viewer.tagDocType')}
            data-testid="tag-type"
          />
          <Tooltip title={first === null || last === null ? undefined : first === last ? t('viewer.tagAddHintOne', { page: first }) : t('viewer.tagAddHint', { first, last })}>
            <Button size="small" type="primary" icon={<TagOutlined />} disabled={!valid} loading={saving} onClick={add} data-testid="tag-add" aria-label={t('viewer.tagAdd')} />
          </Tooltip>
        </Flex>
      </div>
      {loadError && <Alert type="warning" showIcon title={t('viewer.tagLoadFailed', { message: loadError })} className="viewer-outline-error" />}
      {tags.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('viewer.outlineEmpty')} className="viewer-outline-empty" />
      ) : (
        <ul className="viewer-outline-list">
          {tags.map((tag, i) => (
            <li
              key={`${tag.firstPage}-${tag.lastPage}-${tag.docType}`}
              className={i === currentIndex ? 'viewer-outline-current' : undefined}
              data-testid="outline-entry"
              data-first-page={tag.firstPage}
              data-last-page={tag.lastPage}
            >
              <button type="button" className="viewer-outline-link" onClick={() => onJump(tag.firstPage)} title={tag.docType}>
                <Typography.Text ellipsis className="viewer-outline-type">
                  {tag.docType}
                </Typography.Text>
                <Typography.Text type="secondary" className="viewer-outline-range">
                  {tag.firstPage === tag.lastPage ? t('viewer.outlinePage', { page: tag.firstPage }) : t('viewer.outlineRange', { first: tag.firstPage, last: tag.lastPage })}
                </Typography.Text>
              </button>
              <Tooltip title={t('viewer.tagRemove')}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => onRemove(i)} aria-label={t('viewer.tagRemove')} data-testid="tag-remove" disabled={saving} />
              </Tooltip>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
