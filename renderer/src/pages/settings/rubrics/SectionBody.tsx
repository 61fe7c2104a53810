import { memo } from 'react'
import { Button, Col, Flex, Popconfirm, Row } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { newItem, type ItemDraft, type SectionDraft } from './draft'
import { useDraftEditing } from './context'
import { Field, PointsField, TextField } from './fields'
import { fieldId } from './issues'
import { ItemEditor } from './ItemEditor'

interface SectionBodyProps {
  section: SectionDraft
  index: number
  categories: string[]
}

/** The fields of one 评查项目 and its 评查要点. */
export const SectionBody = memo(function SectionBody({ section, index, categories }: SectionBodyProps) {
  const { t } = useTranslation()
  const { updateWith } = useDraftEditing()
  const path = ['sections', index]
  const itemsPath = [...path, 'items']

  return (
    <div className="rubric-section">
      <Row gutter={8} align="top">
        <Col flex="96px">
          <TextField path={[...path, 'id']} value={section.id} label={t('settings.rubrics.sections.id')} />
        </Col>
        <Col flex="auto">
          <TextField path={[...path, 'title']} value={section.title} label={t('settings.rubrics.sections.name')} />
        </Col>
        <Col flex="240px">
          <TextField path={[...path, 'titleEn']} value={section.titleEn} label={t('settings.rubrics.sections.nameEn')} />
        </Col>
        <Col flex="150px">
          <PointsField path={[...path, 'points']} value={section.points} label={t('settings.rubrics.sections.points')} />
        </Col>
      </Row>
      {section.items.map((item, i) => (
        <ItemEditor key={i} item={item} sectionIndex={index} itemIndex={i} categories={categories} />
      ))}
      <Flex gap={8} justify="space-between" align="flex-start">
        <Field path={itemsPath}>
          <Button
            id={fieldId(itemsPath)}
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => updateWith<ItemDraft[]>(itemsPath, (items) => [...items, newItem({ ...section, items }, items.at(-1)?.category ?? categories[0] ?? '')])}
          >
            {t('settings.rubrics.items.add')}
          </Button>
        </Field>
        <Popconfirm
          title={t('settings.rubrics.sections.removeConfirm', { id: section.id })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() => updateWith<SectionDraft[]>(['sections'], (list) => list.filter((_, j) => j !== index))}
        >
          <Button danger type="text" icon={<DeleteOutlined />}>
            {t('settings.rubrics.sections.remove')}
          </Button>
        </Popconfirm>
      </Flex>
    </div>
  )
})
