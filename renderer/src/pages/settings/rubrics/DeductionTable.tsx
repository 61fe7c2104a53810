import { Button, Flex, Select } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { RubricPath } from '../../../../../shared/domain/rubric-validation'
import { newOption, withKind, type OptionDraft } from './draft'
import { useDraftEditing } from './context'
import { Field, PointsField, TextField } from './fields'
import { fieldId } from './issues'

interface DeductionTableProps {
  /** Path of the item's `deductions`. */
  path: RubricPath
  options: OptionDraft[]
  categories: string[]
}

// A plain grid rather than antd's Table: a rubric has ~50 of these rows, all editable at once.
/** 扣分情形 of one item: points per occurrence (capped at the item's points) or an amount within a range. */
export function DeductionTable({ path, options, categories }: DeductionTableProps) {
  const { t } = useTranslation()
  const { update, updateWith } = useDraftEditing()
  const at = (index: number, ...keys: string[]) => [...path, index, ...keys]
  const categoryOptions = categories.map((c) => ({ value: c, label: c }))

  return (
    <div className="rubric-options" role="table" aria-label={t('settings.rubrics.options.label')}>
      <div className="rubric-options-row rubric-options-head" role="row">
        {(['id', 'label', 'kind', 'points', 'category'] as const).map((key) => (
          <span role="columnheader" key={key}>
            {t(`settings.rubrics.options.${key}`)}
          </span>
        ))}
        <span />
      </div>
      {options.map((o, i) => (
        <div className="rubric-options-row" role="row" key={i} data-testid="rubric-option">
          <TextField path={at(i, 'id')} value={o.id} />
          <div>
            <TextField path={at(i, 'label')} value={o.label} wrap />
            <TextField path={at(i, 'labelEn')} value={o.labelEn} wrap placeholder={t('settings.rubrics.options.labelEn')} className="rubric-en" />
          </div>
          <Field path={at(i)}>
            <Select
              aria-label={t('settings.rubrics.options.kind')}
              value={'min' in o ? 'range' : 'fixed'}
              onChange={(kind: 'fixed' | 'range') => update(at(i), withKind(o, kind))}
              options={[
                { value: 'fixed', label: t('settings.rubrics.options.fixed') },
                { value: 'range', label: t('settings.rubrics.options.range') },
              ]}
            />
          </Field>
          {'min' in o ? (
            <Flex gap={4} align="flex-start">
              <PointsField path={at(i, 'min')} value={o.min} placeholder={t('settings.rubrics.options.min')} />
              <span className="rubric-dash">–</span>
              <PointsField path={at(i, 'max')} value={o.max} placeholder={t('settings.rubrics.options.max')} />
            </Flex>
          ) : (
            <PointsField path={at(i, 'points')} value={o.points} placeholder={t('settings.rubrics.options.perOccurrence')} />
          )}
          <Field path={at(i, 'category')}>
            <Select
              id={fieldId(at(i, 'category'))}
              allowClear
              value={o.category}
              placeholder={t('settings.rubrics.options.categoryInherit')}
              options={categoryOptions}
              onChange={(value: string | undefined) => update(at(i, 'category'), value)}
            />
          </Field>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('settings.rubrics.options.remove')}
            onClick={() => updateWith<OptionDraft[]>(path, (list) => list.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <Field path={path}>
        <Button
          id={fieldId(path)}
          type="dashed"
          size="small"
          icon={<PlusOutlined />}
          onClick={() => updateWith<OptionDraft[]>(path, (list) => [...list, newOption(list.map((o) => o.id))])}
        >
          {t('settings.rubrics.options.add')}
        </Button>
      </Field>
    </div>
  )
}
