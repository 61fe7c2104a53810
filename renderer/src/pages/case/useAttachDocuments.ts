import { createElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, subscribeProgress, UPLOAD_TASK } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { FailureText } from '../../components/FailureText'

/**
 * 添加案卷材料: one call asks the user for scans (the system dialog, or the browser's file chooser
 * and uploads) and attaches them. Each file that could not be added is shown with the server's advice.
 */
/**
 * Where an attach stands: the file being uploaded or added (`done` of `total`), how many the server
 * has finished, and the step the current file is at (a large scan takes seconds to read and check).
 */
export interface AttachProgress {
  done: number
  total: number
  added: number
  step: { kind: 'read' | 'inspect'; percent: number } | null
}

const STEPS: Record<string, 'read' | 'inspect'> = { 'documents.read': 'read', 'documents.inspect': 'inspect' }

export function useAttachDocuments(caseId: number, onDone: () => void) {
  const { t } = useTranslation()
  const { notification, message, fail } = useFeedback()
  const [progress, setProgress] = useState<AttachProgress | null>(null)

  function reportFailure(fileName: string, reason: string, detail?: string) {
    const description = detail ? createElement(FailureText, { reason, detail, label: t('viewer.technicalDetail') }) : reason
    notification.error({ title: t('documents.failed', { fileName }), description, duration: 0 })
  }

  async function attach() {
    setProgress({ done: 0, total: 1, added: 0, step: null })
    const unsubscribe = subscribeProgress((e) => {
      // Uploading (a browser), then storing: both count the files.
      if (e.task === UPLOAD_TASK) setProgress((p) => p && { ...p, done: e.done, total: e.total })
      if (e.task === 'documents.attach') setProgress({ done: e.done, total: e.total, added: e.done, step: null })
      const kind = STEPS[e.task]
      if (kind) setProgress((p) => p && { ...p, done: Math.min(p.added + 1, p.total), step: { kind, percent: Math.floor((e.done / Math.max(1, e.total)) * 100) } })
    })
    try {
      const result = await api.call('documents.pickAndAttach', { caseId })
      for (const { document, alreadyStored } of result.attached) void message.success(t(alreadyStored ? 'documents.alreadyStored' : 'documents.attached', { fileName: document.fileName }))
      for (const f of result.failed) reportFailure(f.fileName, f.message, f.detail)
    } catch (err) {
      fail(err)
    } finally {
      unsubscribe()
      setProgress(null)
      onDone()
    }
  }

  return { progress, attach }
}
