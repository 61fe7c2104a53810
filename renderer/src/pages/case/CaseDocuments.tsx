import { useState } from 'react'
import { Button, Card, Empty, Modal, Popconfirm, Progress, Space, Table, Typography, type ButtonProps } from 'antd'
import { PaperClipOutlined } from '@ant-design/icons'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import type { DocumentInfo } from '../../../../shared/contract/documents'
import { api, toApiError, useQuery } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { formatDateTime } from '../../format/date'
import { formatBytes } from '../../format/size'
import { DocumentViewer } from '../../viewer'
import { useAttachDocuments } from './useAttachDocuments'
import { useDocumentEdits } from './useDocumentEdits'

/** 案卷材料 of one case: list, add, remove, and a quick look in the viewer. */
export function CaseDocuments({ caseId, onChanged }: { caseId: number; onChanged: () => void }) {
  const { t } = useTranslation()
  const { message, modal, fail } = useFeedback()
  const docs = useQuery('documents.list', { caseId })
  const [viewing, setViewing] = useState<DocumentInfo | null>(null)
  const edits = useDocumentEdits(viewing)
  const [page, setPage] = useState(1)
  const refresh = () => {
    docs.reload()
    onChanged()
  }
  const attach = useAttachDocuments(caseId, refresh)

  async function detach(doc: DocumentInfo) {
    try {
      await api.call('documents.detach', { id: doc.id })
      void message.success(t('documents.detached', { fileName: doc.fileName }))
      refresh()
    } catch (err) {
      // The scan of a submitted evaluation stays: said in a dialog, not a passing toast.
      const error = toApiError(err)
      if (error.code === 'document_is_evidence') modal.error({ title: t('scoring.detachRefused'), content: <span data-testid="detach-refused">{error.message}</span> })
      else fail(err)
    }
  }

  const columns: ColumnsType<DocumentInfo> = [
    {
      title: t('documents.fileName'),
      dataIndex: 'fileName',
      ellipsis: true,
      render: (name: string, doc) => (
        <a onClick={() => open(doc)} data-testid="document-open">
          {name}
        </a>
      ),
    },
    { title: t('documents.pages'), dataIndex: 'pageCount', width: 72, align: 'right' },
    { title: t('documents.size'), dataIndex: 'byteSize', width: 96, align: 'right', render: formatBytes },
    { title: t('documents.addedAt'), dataIndex: 'addedAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      width: 130,
      render: (_, doc) => (
        <Space size="small">
          <a onClick={() => open(doc)}>{t('common.view')}</a>
          <Popconfirm
            title={t('documents.detachConfirm', { fileName: doc.fileName })}
            onConfirm={() => detach(doc)}
            okButtonProps={{ 'data-testid': 'document-detach-confirm' } as ButtonProps}
          >
            <a className="danger-link" data-testid="document-detach">
              {t('documents.detach')}
            </a>
          </Popconfirm>
        </Space>
      ),
    },
  ]

  function open(doc: DocumentInfo) {
    setPage(1)
    setViewing(doc)
  }

  return (
    <Card
      size="small"
      title={t('case.documents')}
      style={{ marginBottom: 16 }}
      extra={
        <Space>
          {attach.progress?.step && (
            <Space size="small" data-testid="document-add-progress">
              <Typography.Text type="secondary">{t(attach.progress.step.kind === 'read' ? 'documents.reading' : 'documents.checking')}</Typography.Text>
              <Progress percent={attach.progress.step.percent} status="active" size="small" style={{ width: 120, margin: 0 }} />
            </Space>
          )}
          <Button icon={<PaperClipOutlined />} loading={attach.progress !== null} data-testid="document-add" onClick={() => void attach.attach()}>
            {attach.progress && attach.progress.total > 1 ? t('documents.uploading', { done: attach.progress.done, total: attach.progress.total }) : t('documents.add')}
          </Button>
        </Space>
      }
    >
      <Table
        rowKey="id"
        size="small"
        loading={docs.loading}
        columns={columns}
        dataSource={docs.data ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.empty')} /> }}
      />
      <Modal
        open={viewing !== null}
        onCancel={() => setViewing(null)}
        footer={null}
        width="min(1200px, 94vw)"
        title={viewing?.fileName}
        destroyOnHidden
        styles={{ body: { height: '78vh', padding: 0 } }}
      >
        {viewing && <DocumentViewer document={viewing} {...edits} page={page} onPageChange={setPage} keyboard />}
      </Modal>
    </Card>
  )
}
