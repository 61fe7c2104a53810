import { createElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, isDesktop, toApiError, uploadFile } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { FailureText } from '../../components/FailureText'

/**
 * 添加案卷材料: the desktop opens the system dialog (pickAndAttach); the browser uploads each
 * chosen file to the bridge and attaches it. Every failure is shown with the server's advice.
 */
export function useAttachDocuments(caseId: number, onDone: () => void) {
  const { t } = useTranslation()
  const { notification, message, fail } = useFeedback()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)

  function reportFailure(fileName: string, reason: string, detail?: string) {
    const description = detail ? createElement(FailureText, { reason, detail, label: t('viewer.technicalDetail') }) : reason
    notification.error({ title: t('documents.failed', { fileName }), description, duration: 0 })
  }

  async function pickOnDesktop() {
    setProgress({ done: 0, total: 1 })
    try {
      const result = await api.call('documents.pickAndAttach', { caseId })
      for (const doc of result.attached) void message.success(t('documents.attached', { fileName: doc.fileName }))
      for (const f of result.failed) reportFailure(f.fileName, f.message)
    } catch (err) {
      fail(err)
    } finally {
      setProgress(null)
      onDone()
    }
  }

  async function uploadInBrowser(files: File[]) {
    setProgress({ done: 0, total: files.length })
    for (const [i, file] of files.entries()) {
      try {
        const path = await uploadFile(file)
        const result = await api.call('documents.attach', { caseId, path, fileName: file.name })
        void message.success(t(result.alreadyStored ? 'documents.alreadyStored' : 'documents.attached', { fileName: file.name }))
      } catch (err) {
        const error = toApiError(err)
        reportFailure(file.name, error.message, error.details)
      }
      setProgress({ done: i + 1, total: files.length })
    }
    setProgress(null)
    onDone()
  }

  return { desktop: isDesktop(), progress, pickOnDesktop, uploadInBrowser }
}
