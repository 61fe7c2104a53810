import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import type { DocumentInfo } from '../../../shared/contract/documents'
import '../../../renderer/src/i18n'
import { bridgeToken } from '../../../renderer/src/api'
import { ReviewViewerPane } from '../../../renderer/src/pages/review/ReviewViewerPane'
import { theme } from '../../../renderer/src/theme'
import '../../../renderer/src/styles.css'
import { installBench } from './probe'
import './bench.css'

// The token comes in the address, as for the app itself.
bridgeToken()

/** The review screen's viewer pane, exactly as the review page renders it, for one case's scan. */
function Pane({ document }: { document: DocumentInfo }) {
  const [page, setPage] = useState(1)
  return (
    <div className="bench-pane review-left">
      <ReviewViewerPane documents={[document]} documentId={document.id} page={page} onDocument={() => {}} onPage={setPage} focus={null} onDocumentChange={() => {}} capture={null} />
    </div>
  )
}

const root = createRoot(document.getElementById('root')!)
// Only the viewer of the document just opened counts (the previous one may still be on screen).
let shown = ''

installBench({
  open(doc) {
    shown = `[data-testid="viewer"][data-document-id="${doc.id}"]`
    root.render(
      <StrictMode>
        <ConfigProvider locale={zhCN} theme={theme}>
          <AntApp className="app-root">
            <Pane key={doc.id} document={doc} />
          </AntApp>
        </ConfigProvider>
      </StrictMode>,
    )
  },
  scroller: () => document.querySelector<HTMLElement>(`${shown} [data-testid="viewer-scroll"]`),
  pageElement: (n) => document.querySelector<HTMLElement>(`${shown} [data-testid="viewer-page"][data-page-number="${n}"]`),
  canvasOf: (n) => document.querySelector<HTMLCanvasElement>(`${shown} canvas.viewer-canvas[data-page-number="${n}"][data-rendered="true"]`),
})
