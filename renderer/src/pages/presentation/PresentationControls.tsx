import { Button, Switch, Tooltip } from 'antd'
import { CloseOutlined, ExpandOutlined, FilePdfOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'

interface Props {
  index: number
  total: number
  masked: boolean
  onMove: (to: number) => void
  onMask: (masked: boolean) => void
  onFullscreen: () => void
  onPdf: () => void
  onLeave: () => void
}

/**
 * The presenter's bar in the corner. It never takes the focus, so Space and the arrows keep
 * turning slides instead of pressing the last button clicked.
 */
export function PresentationControls({ index, total, masked, onMove, onMask, onFullscreen, onPdf, onLeave }: Props) {
  const { t } = useTranslation()
  return (
    <div className="deck-controls" onMouseDown={(e) => e.preventDefault()} data-testid="deck-controls">
      <Tooltip title={t('presentation.controls.previous')}>
        <Button type="text" icon={<LeftOutlined />} disabled={index === 0} onClick={() => onMove(index - 1)} tabIndex={-1} aria-label={t('presentation.controls.previous')} data-testid="deck-previous" />
      </Tooltip>
      <span className="deck-counter" data-testid="deck-counter">
        {t('presentation.counter', { current: index + 1, total })}
      </span>
      <Tooltip title={t('presentation.controls.next')}>
        <Button type="text" icon={<RightOutlined />} disabled={index >= total - 1} onClick={() => onMove(index + 1)} tabIndex={-1} aria-label={t('presentation.controls.next')} data-testid="deck-next" />
      </Tooltip>
      <Tooltip title={t('presentation.controls.maskHint')}>
        <label className="deck-mask">
          <Switch size="small" checked={masked} onChange={onMask} tabIndex={-1} data-testid="deck-mask" />
          {t('presentation.controls.mask')}
        </label>
      </Tooltip>
      <Tooltip title={t('presentation.controls.fullscreen')}>
        <Button type="text" icon={<ExpandOutlined />} onClick={onFullscreen} tabIndex={-1} aria-label={t('presentation.controls.fullscreen')} data-testid="deck-fullscreen" />
      </Tooltip>
      <Button type="text" icon={<FilePdfOutlined />} onClick={onPdf} tabIndex={-1} data-testid="deck-pdf">
        {t('presentation.controls.exportPdf')}
      </Button>
      <Tooltip title={t('presentation.controls.keys')}>
        <Button type="text" icon={<CloseOutlined />} onClick={onLeave} tabIndex={-1} aria-label={t('presentation.controls.exit')} data-testid="deck-exit" />
      </Tooltip>
    </div>
  )
}
