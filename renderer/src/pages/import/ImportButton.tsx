import { useState } from 'react'
import { Button } from 'antd'
import { ImportOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { ImportTarget } from '../../../../shared/domain/imports/fields'
import { ImportWizard } from './ImportWizard'

const LABELS = {
  cases: 'registerImport.open',
  officers: 'registerImport.openOfficers',
  reviewers: 'registerImport.openReviewers',
  avRecords: 'registerImport.openAvRecords',
  complaints: 'registerImport.openComplaints',
} as const satisfies Record<ImportTarget, string>

/** Opens the import wizard for the case register, officers or reviewers. */
export function ImportButton({ target, onImported, disabled }: { target: ImportTarget; onImported: () => void; disabled?: boolean }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} disabled={disabled} data-testid={`import-${target}`}>
        {t(LABELS[target])}
      </Button>
      <ImportWizard target={target} open={open} onClose={() => setOpen(false)} onImported={onImported} />
    </>
  )
}
