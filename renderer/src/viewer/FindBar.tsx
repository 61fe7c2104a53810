import type { ComponentRef, RefObject } from 'react'
import { Button, Input, Tooltip, Typography } from 'antd'
import { CloseOutlined, DownOutlined, FileUnknownOutlined, UpOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'

export type FindInputRef = ComponentRef<typeof Input>

interface FindBarProps {
  inputRef: RefObject<FindInputRef | null>
  query: string
  onQuery: (query: string) => void
  /** 0-based index of the selected match, and how many there are so far. */
  index: number
  count: number
  scanning: { done: number; total: number } | null
  noText: boolean
  onNext: () => void
  onPrevious: () => void
  onClose: () => void
}

/** Find in the text layer: Enter / Shift+Enter move through the matches, Esc closes. */
export function FindBar({ inputRef, query, onQuery, index, count, scanning, noText, onNext, onPrevious, onClose }: FindBarProps) {
  const { t } = useTranslation()
  return (
    <div className="viewer-find" data-testid="find-bar">
      {noText ? (
        <Tooltip title={t('viewer.findNoTextHint')}>
          <Typography.Text type="warning" className="viewer-find-no-text" data-testid="find-no-text">
            <FileUnknownOutlined /> {t('viewer.findNoText')}
          </Typography.Text>
        </Tooltip>
      ) : (
        <>
          <Input
            ref={inputRef}
            size="small"
            allowClear
            value={query}
            placeholder={t('viewer.findPlaceholder')}
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                if (e.shiftKey) onPrevious()
                else onNext()
              } else if (e.key === 'Escape') {
                e.preventDefault()
                e.stopPropagation()
                onClose()
              }
            }}
            style={{ width: 220 }}
            aria-label={t('viewer.find')}
            data-testid="find-input"
          />
          <Typography.Text type={query && count === 0 && !scanning ? 'danger' : 'secondary'} className="viewer-find-count" data-testid="find-count" data-count={count}>
            {query.trim() === '' ? '' : count > 0 ? t('viewer.findCount', { index: index + 1, count }) : scanning ? '' : t('viewer.findNone')}
            {scanning && <span className="viewer-find-scanning">{t('viewer.findScanning', scanning)}</span>}
          </Typography.Text>
          <Tooltip title={t('viewer.findPrevious')}>
            <Button size="small" type="text" icon={<UpOutlined />} disabled={count === 0} onClick={onPrevious} aria-label={t('viewer.findPrevious')} data-testid="find-prev" />
          </Tooltip>
          <Tooltip title={t('viewer.findNext')}>
            <Button size="small" type="text" icon={<DownOutlined />} disabled={count === 0} onClick={onNext} aria-label={t('viewer.findNext')} data-testid="find-next" />
          </Tooltip>
        </>
      )}
      <Tooltip title={t('viewer.findClose')}>
        <Button size="small" type="text" icon={<CloseOutlined />} onClick={onClose} aria-label={t('viewer.findClose')} data-testid="find-close" className="viewer-find-close" />
      </Tooltip>
    </div>
  )
}
