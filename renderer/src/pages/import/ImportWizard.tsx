import { useEffect, useRef, useState } from 'react'
import { Drawer, Steps } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportOpened, ImportPreview } from '../../../../shared/contract/imports'
import type { ColumnMapping, ImportTarget } from '../../../../shared/domain/imports/fields'
import { api, subscribeProgress, toApiError } from '../../api'
import { FileStep } from './FileStep'
import { MappingStep } from './MappingStep'
import { PreviewStep, type ImportChoices } from './PreviewStep'
import { RunStep, type RunState } from './RunStep'

type Stage = 'file' | 'mapping' | 'preview' | 'run'
const STAGES: Stage[] = ['file', 'mapping', 'preview', 'run']
const TITLES = {
  cases: 'registerImport.title',
  officers: 'registerImport.titleOfficers',
  reviewers: 'registerImport.titleReviewers',
  avRecords: 'registerImport.titleAvRecords',
  complaints: 'registerImport.titleComplaints',
} as const satisfies Record<ImportTarget, string>

interface ImportWizardProps {
  target: ImportTarget
  open: boolean
  onClose: () => void
  /** After a successful import, e.g. to reload a list. */
  onImported: () => void
}

/** Choose file → map columns → preview with every problem → import with progress and cancel → summary. */
export function ImportWizard({ target, open, onClose, onImported }: ImportWizardProps) {
  const { t } = useTranslation()
  const [stage, setStage] = useState<Stage>('file')
  const [opened, setOpened] = useState<ImportOpened | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [choices, setChoices] = useState<ImportChoices>({ createMissing: false, defaultDomain: null })
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [checking, setChecking] = useState(false)
  const [run, setRun] = useState<RunState | null>(null)
  const sessionRef = useRef<string | null>(null)
  sessionRef.current = opened && run?.kind !== 'done' ? opened.sessionId : null

  function reset() {
    setStage('file')
    setOpened(null)
    setPreview(null)
    setRun(null)
    setChoices({ createMissing: false, defaultDomain: null })
  }

  function close() {
    if (sessionRef.current && run?.kind !== 'running') void api.call('imports.close', { sessionId: sessionRef.current }).catch(() => {})
    reset()
    onClose()
  }

  // The preview follows the mapping and the choices.
  useEffect(() => {
    if (stage !== 'preview' || !opened) return
    let live = true
    setChecking(true)
    api
      .call('imports.preview', { sessionId: opened.sessionId, mapping, ...choices })
      .then((p) => live && setPreview(p))
      .catch((err: unknown) => {
        if (!live) return
        setRun({ kind: 'failed', message: toApiError(err).message, cancelled: false })
        setStage('run')
      })
      .finally(() => live && setChecking(false))
    return () => {
      live = false
    }
  }, [stage, opened, mapping, choices])

  async function start() {
    if (!opened || !preview) return
    setStage('run')
    setRun({ kind: 'running', done: 0, total: preview.counts.rows, cancelling: false })
    const unsubscribe = subscribeProgress((e) => {
      if (e.task === 'imports.commit') setRun((r) => (r?.kind === 'running' ? { ...r, done: e.done, total: e.total } : r))
    })
    try {
      const result = await api.call('imports.commit', { sessionId: opened.sessionId, mapping, ...choices })
      setRun({ kind: 'done', result })
      onImported()
    } catch (err) {
      const e = toApiError(err)
      setRun({ kind: 'failed', message: e.message, cancelled: e.code === 'import_cancelled' })
    } finally {
      unsubscribe()
    }
  }

  function cancel() {
    if (!opened) return
    setRun((r) => (r?.kind === 'running' ? { ...r, cancelling: true } : r))
    void api.call('imports.cancel', { sessionId: opened.sessionId })
  }

  const current = run?.kind === 'done' ? 4 : STAGES.indexOf(stage)
  return (
    <Drawer
      open={open}
      onClose={close}
      size={1180}
      destroyOnHidden
      maskClosable={false}
      // While the import runs, it is stopped with its own cancel button, not by closing the drawer.
      closable={run?.kind !== 'running'}
      keyboard={run?.kind !== 'running'}
      title={t(TITLES[target])}
      data-testid="import-wizard"
    >
      <Steps
        size="small"
        current={current}
        style={{ marginBottom: 24 }}
        items={(['file', 'mapping', 'preview', 'run', 'done'] as const).map((s) => ({ title: t(`registerImport.steps.${s}`) }))}
      />
      {stage === 'file' && (
        <FileStep
          target={target}
          onOpened={(o) => {
            setOpened(o)
            setMapping(o.mapping)
            setPreview(null)
            setStage('mapping')
          }}
        />
      )}
      {stage === 'mapping' && opened && <MappingStep opened={opened} mapping={mapping} onChange={setMapping} onNext={() => setStage('preview')} />}
      {stage === 'preview' && opened && (
        <PreviewStep opened={opened} mapping={mapping} preview={preview} loading={checking} choices={choices} onChoices={setChoices} onBack={() => setStage('mapping')} onStart={() => void start()} />
      )}
      {stage === 'run' && run && (
        <RunStep
          state={run}
          onCancel={cancel}
          onBack={() => {
            setRun(null)
            setStage('preview')
          }}
          onClose={close}
          onAgain={reset}
        />
      )}
    </Drawer>
  )
}
