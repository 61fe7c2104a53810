import { memo } from 'react'
import { Button, Card, Table, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { newVeto, type VetoDraft } from './draft'
import { useDraftEditing } from './context'
import { TextField } from './fields'

/** 否决项: any one that holds makes a file 不合格 whatever its score. */
export const VetoCard = memo(function VetoCard({ vetoes }: { vetoes: VetoDraft[] }) {
  const { t } = useTranslation()
  const { updateWith } = useDraftEditing()
  const at = (index: number, key: keyof VetoDraft) => ['vetoes', index, key]
  return (
    <Card
      size="small"
      title={t('settings.rubrics.vetoes.title')}
      extra={<Typography.Text type="secondary">{t('settings.rubrics.vetoes.hint')}</Typography.Text>}
    >
      <Table
        rowKey={(_, index) => String(index)}
        size="small"
        pagination={false}
        dataSource={vetoes}
        className="rubric-grid"
        columns={[
          { title: t('settings.rubrics.vetoes.id'), width: 90, render: (_, v, i) => <TextField path={at(i, 'id')} value={v.id} /> },
          { title: t('settings.rubrics.vetoes.text'), render: (_, v, i) => <TextField path={at(i, 'title')} value={v.title} /> },
          { title: t('settings.rubrics.vetoes.textEn'), width: 220, render: (_, v, i) => <TextField path={at(i, 'titleEn')} value={v.titleEn} optional /> },
          { title: t('settings.rubrics.vetoes.article'), width: 220, render: (_, v, i) => <TextField path={at(i, 'article')} value={v.article} optional /> },
          {
            width: 44,
            render: (_, _v, i) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('settings.rubrics.vetoes.remove')}
                onClick={() => updateWith<VetoDraft[]>(['vetoes'], (list) => list.filter((_, j) => j !== i))}
              />
            ),
          },
        ]}
      />
      <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => updateWith<VetoDraft[]>(['vetoes'], (list) => [...list, newVeto(list)])}>
        {t('settings.rubrics.vetoes.add')}
      </Button>
    </Card>
  )
})
