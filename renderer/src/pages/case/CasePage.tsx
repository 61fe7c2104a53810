import { useState } from 'react'
import { Button, Popconfirm } from 'antd'
import { DeleteOutlined, EditOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { CaseStatusTag } from '../../components/tags'
import { useFeedback } from '../../components/useFeedback'
import { navigate } from '../../router/hash'
import { CaseAssignments } from './CaseAssignments'
import { CaseAvRecords } from './CaseAvRecords'
import { CaseDetails } from './CaseDetails'
import { CaseDocuments } from './CaseDocuments'
import { CaseFormDrawer } from './CaseFormDrawer'

/** One case: its facts and milestones, its scanned files, and its evaluations. */
export function CasePage({ caseId }: { caseId: number }) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const detail = useQuery('cases.get', { id: caseId })
  const [editing, setEditing] = useState(false)

  if (detail.error) return <ErrorResult error={detail.error} onRetry={detail.reload} />
  if (!detail.data) return <CenteredSpin />
  const c = detail.data

  async function remove() {
    try {
      await api.call('cases.remove', { id: caseId })
      void message.success(t('case.deleted', { caseNumber: c.caseNumber }))
      navigate('/cases')
    } catch (err) {
      fail(err)
    }
  }

  return (
    <div className="page">
      <PageHeader
        title={<span data-testid="case-number">{c.caseNumber}</span>}
        crumb={c.caseNumber}
        trail={[{ label: t('case.backToList'), to: '/cases' }]}
        tags={<CaseStatusTag status={c.status} />}
        extra={
          <>
            <Button icon={<EditOutlined />} type="primary" onClick={() => setEditing(true)} data-testid="case-edit">
              {t('common.edit')}
            </Button>
            <Popconfirm title={t('case.deleteConfirm', { caseNumber: c.caseNumber })} onConfirm={remove} okButtonProps={{ danger: true }}>
              <Button icon={<DeleteOutlined />} danger>
                {t('case.deleteCase')}
              </Button>
            </Popconfirm>
          </>
        }
      />
      <CaseDetails detail={c} />
      <CaseDocuments caseId={caseId} onChanged={detail.reload} />
      <CaseAvRecords caseNumber={c.caseNumber} />
      <CaseAssignments caseId={caseId} />
      <CaseFormDrawer
        open={editing}
        existing={c}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false)
          detail.setData(saved)
        }}
      />
    </div>
  )
}
