import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Button, Flex, Spin, Tooltip, Typography } from 'antd'
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { isDesktop } from '../api'
import { useFeedback } from '../components/useFeedback'
import { navigate } from '../router/hash'
import { PendingContext, imagesSettled } from './readiness'
import { printPage, printToPdf } from './printToPdf'
import './print.css'

interface PrintPreviewProps {
  /** The document's title: the toolbar's, the window's (a browser offers it as the PDF's name). */
  title: string
  /** The exported PDF's name, without extension; the desktop adds the time. */
  fileName: string
  landscape?: boolean
  /** The view's own data has arrived; images and crops inside are waited for here. */
  ready: boolean
  /** Shown beside the title, e.g. how many cases the pages hold. */
  status?: ReactNode
  /** The view's own controls in the toolbar (screen only). */
  extra?: ReactNode
  /** Where 返回 leads when there is no page to go back to. */
  fallbackPath?: string
  children: ReactNode
}

/** One printed page; content taller than a page flows on, breaking between table rows. */
export function PrintPage({ children, className, testId }: { children: ReactNode; className?: string; testId?: string }) {
  return (
    <section className={className ? `print-page ${className}` : 'print-page'} data-testid={testId}>
      {children}
    </section>
  )
}

/**
 * The frame of every printed document: a toolbar (返回 · 打印 · 导出PDF, gone in print) over A4
 * pages. Once the data, every pending part (usePrintPending), the images and the fonts are in,
 * it sets `document.body.dataset.printReady = '1'`: what printing and the tests wait for.
 */
export function PrintPreview({ title, fileName, landscape = false, ready, status, extra, fallbackPath = '/', children }: PrintPreviewProps) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const pagesRef = useRef<HTMLDivElement>(null)
  const pendingRef = useRef(0)
  const [pending, setPending] = useState(0)
  const [settled, setSettled] = useState(false)
  const [exporting, setExporting] = useState(false)
  const report = useCallback((delta: 1 | -1) => {
    pendingRef.current += delta
    setPending(pendingRef.current)
  }, [])

  useEffect(() => {
    const previous = document.title
    document.title = title
    return () => {
      document.title = previous
    }
  }, [title])

  const waiting = !ready || pending > 0
  useEffect(() => {
    if (waiting) return
    let live = true
    void (async () => {
      await document.fonts.ready
      if (pagesRef.current) await imagesSettled(pagesRef.current)
      // Laid out once more after the last image, then signalled.
      await new Promise((resolve) => requestAnimationFrame(resolve))
      if (!live || pendingRef.current > 0) return
      document.body.dataset.printReady = '1'
      setSettled(true)
    })()
    return () => {
      live = false
      delete document.body.dataset.printReady
      setSettled(false)
    }
  }, [waiting])

  const exportPdf = async () => {
    setExporting(true)
    try {
      const result = await printToPdf(fileName, { landscape })
      if (result) void message.success({ content: t('print.exported', { fileName: result.fileName }), duration: 6 })
    } catch (err) {
      fail(err)
    } finally {
      setExporting(false)
    }
  }
  const back = () => (window.history.length > 1 ? window.history.back() : navigate(fallbackPath))

  return (
    <PendingContext.Provider value={report}>
      <div className={landscape ? 'print-document print-landscape' : 'print-document'} data-testid="print-preview">
        {/* Paper orientation is a page rule, not a class: a landscape document states its own. */}
        {landscape && <style>{'@page { size: A4 landscape; margin: 14mm 15mm; }'}</style>}
        <div className="print-toolbar">
          <Flex align="center" gap={12} style={{ minWidth: 0 }}>
            <Button icon={<ArrowLeftOutlined />} onClick={back} data-testid="print-back">
              {t('print.back')}
            </Button>
            <Typography.Text strong ellipsis>
              {title}
            </Typography.Text>
            {status && <Typography.Text type="secondary">{status}</Typography.Text>}
            {!settled && <Spin size="small" aria-label={t('print.preparing')} />}
          </Flex>
          <Flex align="center" gap={8}>
            {extra}
            <Button icon={<PrinterOutlined />} disabled={!settled} onClick={printPage} data-testid="print-print">
              {t('print.print')}
            </Button>
            <Tooltip title={isDesktop() ? undefined : t('print.saveAsPdfHint')}>
              <Button type="primary" icon={<FilePdfOutlined />} disabled={!settled} loading={exporting} onClick={exportPdf} data-testid="print-export-pdf">
                {t('print.exportPdf')}
              </Button>
            </Tooltip>
          </Flex>
        </div>
        <div className="print-pages" ref={pagesRef}>
          {children}
        </div>
      </div>
    </PendingContext.Provider>
  )
}
