import { useEffect, useState, type ReactNode } from 'react'
import { Button, Divider, Flex, InputNumber, Select, Tooltip, Typography } from 'antd'
import { ColumnWidthOutlined, LeftOutlined, RightOutlined, RotateRightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { clampZoom, stepZoom, ZOOM_STEPS, type Zoom } from './zoom'

interface ViewerToolbarProps {
  page: number
  pageCount: number
  onPage: (page: number) => void
  zoom: Zoom
  /** What 'fit' currently amounts to, in percent. */
  effectivePercent: number
  onZoom: (zoom: Zoom) => void
  rotation: number
  extra?: ReactNode
}

export function ViewerToolbar({ page, pageCount, onPage, zoom, effectivePercent, onZoom, rotation, extra }: ViewerToolbarProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<number | null>(page)
  useEffect(() => setDraft(page), [page])
  const commit = () => {
    if (draft !== null && draft !== page) onPage(Math.min(pageCount, Math.max(1, Math.round(draft))))
    else setDraft(page)
  }
  const percent = zoom === 'fit' ? effectivePercent : zoom

  return (
    <Flex className="viewer-toolbar" align="center" gap={4} wrap>
      <Tooltip title={`${t('viewer.previous')} (PgUp)`}>
        <Button size="small" type="text" icon={<LeftOutlined />} disabled={page <= 1} onClick={() => onPage(page - 1)} data-testid="viewer-prev" aria-label={t('viewer.previous')} />
      </Tooltip>
      <InputNumber
        size="small"
        min={1}
        max={Math.max(1, pageCount)}
        value={draft}
        onChange={(v) => setDraft(v)}
        onPressEnter={commit}
        onBlur={commit}
        controls={false}
        style={{ width: 56 }}
        data-testid="viewer-page-input"
      />
      <Typography.Text type="secondary" className="viewer-page-count" data-testid="viewer-page-count">
        {t('viewer.pageCount', { count: pageCount })}
      </Typography.Text>
      <Tooltip title={`${t('viewer.next')} (PgDn)`}>
        <Button size="small" type="text" icon={<RightOutlined />} disabled={page >= pageCount} onClick={() => onPage(page + 1)} data-testid="viewer-next" aria-label={t('viewer.next')} />
      </Tooltip>
      <Divider orientation="vertical" />
      <Tooltip title={t('viewer.zoomOut')}>
        <Button size="small" type="text" icon={<ZoomOutOutlined />} disabled={percent <= 50} onClick={() => onZoom(stepZoom(percent, -1))} aria-label={t('viewer.zoomOut')} />
      </Tooltip>
      <Tooltip title={`${Math.round(percent)}%`}>
      <Select
        size="small"
        value={zoom === 'fit' ? 'fit' : String(zoom)}
        onChange={(v) => onZoom(v === 'fit' ? 'fit' : clampZoom(Number(v)))}
        style={{ width: 112 }}
        popupMatchSelectWidth={false}
        labelRender={({ value }) => (value === 'fit' ? t('viewer.fitWidth') : `${value}%`)}
        options={[{ value: 'fit', label: t('viewer.fitWidth') }, ...ZOOM_STEPS.map((s) => ({ value: String(s), label: `${s}%` }))]}
        data-testid="viewer-zoom"
      />
      </Tooltip>
      <Tooltip title={t('viewer.zoomIn')}>
        <Button size="small" type="text" icon={<ZoomInOutlined />} disabled={percent >= 400} onClick={() => onZoom(stepZoom(percent, 1))} aria-label={t('viewer.zoomIn')} />
      </Tooltip>
      <Tooltip title={t('viewer.fitWidth')}>
        <Button size="small" type={zoom === 'fit' ? 'link' : 'text'} icon={<ColumnWidthOutlined />} onClick={() => onZoom('fit')} aria-label={t('viewer.fitWidth')} />
      </Tooltip>
      {rotation !== 0 && (
        <Tooltip title={t('viewer.rotated', { degrees: rotation })}>
          <Typography.Text type="secondary" className="viewer-rotation" data-testid="viewer-rotation">
            <RotateRightOutlined /> {rotation}°
          </Typography.Text>
        </Tooltip>
      )}
      {extra && <div className="viewer-toolbar-extra">{extra}</div>}
    </Flex>
  )
}
