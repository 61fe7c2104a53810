import { Button, Flex, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ComplaintSummary } from '../../../../shared/contract/complaints'
import { api } from '../../api'
import { useBusyCall } from '../../components/useBusyCall'
import { useFeedback } from '../../components/useFeedback'

/** One row's buttons: 编辑, 删除. */
export function ComplaintActions({ complaint, onEdit, onChanged }: { complaint: ComplaintSummary; onEdit: () => void; onChanged: () => void }) {
  const { t } = useTranslation()
  const { message } = useFeedback()
  const { busy, run } = useBusyCall()
  const { ticketNumber } = complaint

  async function remove() {
    if (!(await run(() => api.call('complaints.remove', { id: complaint.id })))) return
    void message.success(t('complaints.deleted', { ticketNumber }))
    onChanged()
  }

  return (
    <Flex gap={0}>
      <Button size="small" type="link" onClick={onEdit} data-testid="complaint-edit">
        {t('common.edit')}
      </Button>
      <Popconfirm title={t('complaints.deleteConfirm', { ticketNumber })} onConfirm={remove} okButtonProps={{ danger: true }}>
        <Button size="small" type="link" danger loading={busy} data-testid="complaint-delete">
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Flex>
  )
}
