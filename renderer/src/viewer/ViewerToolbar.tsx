import { useEffect, useState, type ComponentRef, type ReactNode, type RefObject } from 'react'
import { Button, Divider, Flex, InputNumber, Select, Tooltip, Typography } from 'antd'
import {
  ColumnWidthOutlined, ExpandOutlined, LeftOutlined, OrderedListOutlined, PictureOutlined, RightOutlined, RotateRightOutlined, SearchOutlined,
  ZoomInOutlined, ZoomOutOutlined,
} from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { clampZoom, MAX_ZOOM, MIN_ZOOM, stepZoom, ZOOM_STEPS, type Zoom } from './zoom'

/** The page box: an input element with antd's extras. */
export type PageInputRef = ComponentRef<typeof InputNumber>

export type SidebarTab = 'thumbnails' | 'outline'

interface ViewerToolbarProps {
  page: number
  pageCount: number
  onPage: (page: number) => void
  pageInput: RefObject<PageInputRef | null>
  zoom: Zoom
  /** What the current zoom amounts to on the current page, in percent. */
  effectivePercent: number
  onZoom: (zoom: Zoom) => void
  /** Stored rotation of the current page. */
  rotation: number
  onRotate: (all: boolean) => void
  sidebar: SidebarTab | null
  onSidebar: (tab: SidebarTab | null) => void
  findOpen: boolean
  onFind: () => void
  disabled: boolean
  extra?: ReactNode
}

export function ViewerToolbar(props: ViewerToolbarProps) {
  const { page, pageCount, onPage, pageInput, zoom, effectivePercent, onZoom, rotation, onRotate, sidebar, onSidebar, findOpen, onFind, disabled, extra } = props
  const { t } = useTranslation()
  const [draft, setDraft] = useState<number | null>(page)
  useEffect(() => setDraft(page), [page])
  const commit = () => {
    if (draft !== null && draft !== page) onPage(Math.min(pageCount, Math.max(1, Math.round(draft))))
    else setDraft(page)
  }
  const percent = typeof zoom === 'number' ? zoom : effectivePercent
  const zoomValue = typeof zoom === 'number' ? String(zoom) : zoom
  const toggle = (tab: SidebarTab) => onSidebar(sidebar === tab ? null : tab)

  return (
    <Flex className="viewer-toolbar" align="center" gap={2} wrap>
      <Tooltip title={t('viewer.thumbnails')}>
        <Button size="small" type={sidebar === 'thumbnails' ? 'primary' : 'text'} ghost={sidebar === 'thumbnails'} icon={<PictureOutlined />} onClick={() => toggle('thumbnails')} aria-label={t('viewer.thumbnails')} aria-pressed={sidebar === 'thumbnails'} data-testid="viewer-thumbnails" disabled={disabled} />
      </Tooltip>
      <Tooltip title={t('viewer.outline')}>
        <Button size="small" type={sidebar === 'outline' ? 'primary' : 'text'} ghost={sidebar === 'outline'} icon={<OrderedListOutlined />} onClick={() => toggle('outline')} aria-label={t('viewer.outline')} aria-pressed={sidebar === 'outline'} data-testid="viewer-outline" disabled={disabled} />
      </Tooltip>
      <Divider orientation="vertical" />
      <Tooltip title={`${t('viewer.previous')} (PgUp)`}>
        <Button size="small" type="text" icon={<LeftOutlined />} disabled={disabled || page <= 1} onClick={() => onPage(page - 1)} data-testid="viewer-prev" aria-label={t('viewer.previous')} />
      </Tooltip>
      <Tooltip title={`${t('viewer.goTo')} (G)`}>
        <InputNumber
          ref={pageInput}
          size="small"
          min={1}
          max={Math.max(1, pageCount)}
          value={draft}
          onChange={(v) => setDraft(v)}
          onPressEnter={(e) => {
            commit()
            ;(e.target as HTMLInputElement).blur()
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setDraft(page)
              ;(e.target as HTMLInputElement).blur()
            }
          }}
          controls={false}
          style={{ width: 52 }}
          aria-label={t('viewer.goTo')}
          data-testid="viewer-page-input"
          disabled={disabled}
        />
      </Tooltip>
      <Typography.Text type="secondary" className="viewer-page-count" data-testid="viewer-page-count">
        {t('viewer.pageCount', { count: pageCount })}
      </Typography.Text>
      <Tooltip title={`${t('viewer.next')} (PgDn)`}>
        <Button size="small" type="text" icon={<RightOutlined />} disabled={disabled || page >= pageCount} onClick={() => onPage(page + 1)} data-testid="viewer-next" aria-label={t('viewer.next')} />
      </Tooltip>
      <Divider orientation="vertical" />
      <Tooltip title={`${t('viewer.zoomOut')} (−)`}>
        <Button size="small" type="text" icon={<ZoomOutOutlined />} disabled={disabled || percent <= MIN_ZOOM} onClick={() => onZoom(stepZoom(percent, -1))} aria-label={t('viewer.zoomOut')} data-testid="viewer-zoom-out" />
      </Tooltip>
      <Select
        size="small"
        value={zoomValue}
        onChange={(v: string) => onZoom(v === 'fit-width' || v === 'fit-page' ? v : clampZoom(Number(v)))}
        style={{ width: 96 }}
        popupMatchSelectWidth={false}
        labelRender={({ value }) => `${Math.round(value === 'fit-width' || value === 'fit-page' ? effectivePercent : Number(value))}%`}
        options={[
          { value: 'fit-width', label: t('viewer.fitWidth') },
          { value: 'fit-page', label: t('viewer.fitPage') },
          ...ZOOM_STEPS.map((s) => ({ value: String(s), label: `${s}%` })),
        ]}
        aria-label={t('viewer.zoom')}
        data-testid="viewer-zoom"
        disabled={disabled}
      />
      <Tooltip title={`${t('viewer.zoomIn')} (+)`}>
        <Button size="small" type="text" icon={<ZoomInOutlined />} disabled={disabled || percent >= MAX_ZOOM} onClick={() => onZoom(stepZoom(percent, 1))} aria-label={t('viewer.zoomIn')} data-testid="viewer-zoom-in" />
      </Tooltip>
      <Tooltip title={t('viewer.fitWidth')}>
        <Button size="small" type={zoom === 'fit-width' ? 'link' : 'text'} icon={<ColumnWidthOutlined />} onClick={() => onZoom('fit-width')} aria-label={t('viewer.fitWidth')} aria-pressed={zoom === 'fit-width'} data-testid="viewer-fit-width" disabled={disabled} />
      </Tooltip>
      <Tooltip title={t('viewer.fitPage')}>
        <Button size="small" type={zoom === 'fit-page' ? 'link' : 'text'} icon={<ExpandOutlined />} onClick={() => onZoom('fit-page')} aria-label={t('viewer.fitPage')} aria-pressed={zoom === 'fit-page'} data-testid="viewer-fit-page" disabled={disabled} />
      </Tooltip>
      <Divider orientation="vertical" />
      <Tooltip title={`${t('viewer.rotatePage')} (R)${rotation ? ` · ${t('viewer.rotated', { degrees: rotation })}` : ''}`}>
        <Button size="small" type="text" icon={<RotateRightOutlined />} onClick={() => onRotate(false)} aria-label={t('viewer.rotatePage')} data-testid="viewer-rotate" disabled={disabled}>
          {rotation !== 0 && (
            <span className="viewer-rotation" data-testid="viewer-rotation">
              {rotation}°
            </span>
          )}
        </Button>
      </Tooltip>
      <Tooltip title={`${t('viewer.rotateAll')} (Shift+R)`}>
        <Button size="small" type="text" icon={<RotateRightOutlined />} onClick={() => onRotate(true)} aria-label={t('viewer.rotateAll')} data-testid="viewer-rotate-all" disabled={disabled}>
          <span className="viewer-rotate-all-label">{t('viewer.allPagesShort')}</span>
        </Button>
      </Tooltip>
      <Tooltip title={`${t('viewer.find')} (Ctrl+F)`}>
        <Button size="small" type={findOpen ? 'link' : 'text'} icon={<SearchOutlined />} onClick={onFind} aria-label={t('viewer.find')} aria-pressed={findOpen} data-testid="viewer-find" disabled={disabled} />
      </Tooltip>
      {extra && <div className="viewer-toolbar-extra">{extra}</div>}
    </Flex>
  )
}
