import { memo } from 'react'
import { Button, Checkbox, Col, Popconfirm, Row, Select, Tooltip } from 'antd'
import { DeleteOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { AUTO_CHECKS } from '../../../../../shared/domain/rubric'
import type { ItemDraft } from './draft'
import { useDraftEditing } from './context'
import { DeductionTable } from './DeductionTable'
import { Field, PointsField, TextField } from './fields'
import { fieldId } from './issues'

interface ItemEditorProps {
  item: ItemDraft
  sectionIndex: number
  itemIndex: number
  categories: string[]
}

/** One 评查要点: its text, points, flags, problem category, automatic check and deductions. */
export const ItemEditor = memo(function ItemEditor({ item, sectionIndex, itemIndex, categories }: ItemEditorProps) {
  const { t } = useTranslation()
  const { update, updateWith } = useDraftEditing()
  const path = ['sections', sectionIndex, 'items', itemIndex]
  const at = (key: keyof ItemDraft) => [...path, key]

  return (
    <div className="rubric-item" data-testid="rubric-item" data-item-id={item.id}>
      <Row gutter={8} wrap={false} align="top">
        <Col flex="96px">
          <TextField path={at('id')} value={item.id} label={t('settings.rubrics.items.id')} />
        </Col>
        <Col flex="auto">
          <TextField path={at('title')} value={item.title} label={t('settings.rubrics.items.text')} />
        </Col>
        <Col flex="120px">
          <PointsField path={at('maxPoints')} value={item.maxPoints} label={t('settings.rubrics.items.maxPoints')} />
        </Col>
        <Col flex="32px" className="rubric-item-remove">
          <Popconfirm
            title={t('settings.rubrics.items.removeConfirm', { id: item.id })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            onConfirm={() => updateWith<ItemDraft[]>(['sections', sectionIndex, 'items'], (list) => list.filter((_, j) => j !== itemIndex))}
          >
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('settings.rubrics.items.remove')} />
          </Popconfirm>
        </Col>
      </Row>
      <TextField path={at('titleEn')} value={item.titleEn} placeholder={t('settings.rubrics.items.textEn')} className="rubric-en" />
      <Row gutter={8} align="middle" className="rubric-item-meta">
        <Col flex="200px">
          <Field path={at('category')} label={t('settings.rubrics.items.category')}>
            <Select id={fieldId(at('category'))} value={item.category} options={categories.map((c) => ({ value: c, label: c }))} onChange={(v: string) => update(at('category'), v)} />
          </Field>
        </Col>
        <Col flex="220px">
          <Field path={at('autoCheck')} label={t('settings.rubrics.items.autoCheck')}>
            <Select
              id={fieldId(at('autoCheck'))}
              allowClear
              value={item.autoCheck}
              placeholder={t('settings.rubrics.items.autoCheckNone')}
              options={AUTO_CHECKS.map((c) => ({ value: c, label: t(`settings.rubrics.autoChecks.${c}`) }))}
              onChange={(v: ItemDraft['autoCheck']) => update(at('autoCheck'), v)}
            />
          </Field>
        </Col>
        <Col flex="auto">
          <Tooltip title={t('settings.rubrics.items.basicElementHint')}>
            <Checkbox checked={item.basicElement} onChange={(e) => update(at('basicElement'), e.target.checked)}>
              {t('settings.rubrics.items.basicElement')}
            </Checkbox>
          </Tooltip>
          <Tooltip title={t('settings.rubrics.items.notApplicableHint')}>
            <Checkbox checked={item.notApplicableAllowed} onChange={(e) => update(at('notApplicableAllowed'), e.target.checked)}>
              {t('settings.rubrics.items.notApplicable')}
            </Checkbox>
          </Tooltip>
        </Col>
      </Row>
      <DeductionTable path={at('deductions')} options={item.deductions} categories={categories} />
    </div>
  )
})
