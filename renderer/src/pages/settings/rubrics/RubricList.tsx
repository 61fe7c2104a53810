import { useState } from 'react'
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import { CopyOutlined, EditOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../api'
import { formatDateTime } from '../../../format/date'
import { DuplicateRubricModal } from './DuplicateRubricModal'
import { ExportRubricButton } from './ExportRubricButton'
import { ImportRubricButton } from './ImportRubricButton'

export type RubricRow = MethodOutput<'rubrics.list'>[number]

export interface PublishedNotice {
  id: number
  name: string
  version: number
}

interface RubricListProps {
  rows: RubricRow[] | undefined
  loading: boolean
  reload: () => void
  published: PublishedNotice | null
  onDismissPublished: () => void
  onEdit: (id: number) => void
}

/** Every version of every rubric, newest first within a code; the current one is marked. */
export function RubricList({ rows, loading, reload, published, onDismissPublished, onEdit }: RubricListProps) {
  const { t } = useTranslation()
  const [duplicating, setDuplicating] = useState<RubricRow | null>(null)
  const latest = new Map<string, number>()
  for (const row of rows ?? []) latest.set(row.code, Math.max(latest.get(row.code) ?? 0, row.version))
  const isCurrent = (row: RubricRow) => latest.get(row.code) === row.version

  const columns: ColumnsType<RubricRow> = [
    { title: t('settings.rubrics.columns.name'), dataIndex: 'name' },
    {
      title: t('settings.rubrics.columns.version'),
      width: 150,
      render: (_, row) => (
        <Flex gap={6} align="center">
          <span data-testid="rubric-version">{t('settings.rubrics.versionN', { version: row.version })}</span>
          {isCurrent(row) ? <Tag color="blue">{t('settings.rubrics.current')}</Tag> : <Tag>{t('settings.rubrics.older')}</Tag>}
        </Flex>
      ),
    },
    { title: t('settings.rubrics.columns.publishedAt'), dataIndex: 'publishedAt', width: 150, render: (at: string) => formatDateTime(at) },
    {
      title: t('settings.rubrics.columns.usage'),
      dataIndex: 'evaluationCount',
      width: 130,
      render: (count: number) => (count > 0 ? t('settings.rubrics.usage', { count }) : <Typography.Text type="secondary">{t('settings.rubrics.unused')}</Typography.Text>),
    },
    {
      title: t('settings.rubrics.columns.actions'),
      width: 390,
      render: (_, row) => (
        <Flex gap={4}>
          <Button size="small" type={isCurrent(row) ? 'primary' : 'default'} icon={<EditOutlined />} onClick={() => onEdit(row.id)} data-testid="rubric-edit">
            {isCurrent(row) ? t('settings.rubrics.edit') : t('settings.rubrics.editOlder')}
          </Button>
          <Button size="small" icon={<CopyOutlined />} onClick={() => setDuplicating(row)} data-testid="rubric-duplicate">
            {t('settings.rubrics.duplicate')}
          </Button>
          <ExportRubricButton rubricId={row.id} />
        </Flex>
      ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">{t('settings.rubrics.intro')}</Typography.Text>
        <ImportRubricButton onImported={reload} />
      </Flex>
      {published && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: onDismissPublished }}
          title={t('settings.rubrics.published', { name: published.name, version: published.version })}
          description={t('settings.rubrics.publishedHint', { version: published.version })}
          data-testid="rubric-published"
        />
      )}
      <Card styles={{ body: { padding: 0 } }}>
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={rows ?? []}
          pagination={false}
          rowClassName={(row) => (row.id === published?.id ? 'rubric-row-new' : '')}
          locale={{ emptyText: t('settings.rubrics.empty') }}
          onRow={(row) => ({ 'data-testid': 'rubric-row', 'data-code': row.code, 'data-version': row.version }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
      {duplicating && (
        <DuplicateRubricModal
          source={duplicating}
          takenCodes={[...latest.keys()]}
          onClose={() => setDuplicating(null)}
          onDuplicated={() => {
            setDuplicating(null)
            reload()
          }}
        />
      )}
    </Flex>
  )
}
