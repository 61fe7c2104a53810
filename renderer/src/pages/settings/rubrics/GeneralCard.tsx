import { memo } from 'react'
import { Card, Col, Input, Row, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RubricDraft } from './draft'
import { useDraftEditing } from './context'
import { Field, PointsField, TextField } from './fields'
import { fieldId } from './issues'

type GeneralProps = Pick<RubricDraft, 'code' | 'name' | 'nameEn' | 'totalPoints' | 'gradeCutoffs' | 'problemCategories'>

/** Name, total, grade cut-offs, problem categories, and the scoring rules every rubric follows. */
export const GeneralCard = memo(function GeneralCard({ code, name, nameEn, totalPoints, gradeCutoffs, problemCategories }: GeneralProps) {
  const { t } = useTranslation()
  const { update } = useDraftEditing()
  return (
    <Card size="small" title={t('settings.rubrics.general.title')}>
      <Row gutter={12}>
        <Col span={14}>
          <TextField path={['name']} value={name} label={t('settings.rubrics.general.name')} />
        </Col>
        <Col span={10}>
          <Field path={['code']} label={t('settings.rubrics.general.code')} extra={t('settings.rubrics.general.codeHint')}>
            <Input id={fieldId(['code'])} value={code} disabled />
          </Field>
        </Col>
        <Col span={14}>
          <TextField path={['nameEn']} value={nameEn} optional label={t('settings.rubrics.general.nameEn')} />
        </Col>
        <Col span={10}>
          <PointsField path={['totalPoints']} value={totalPoints} label={t('settings.rubrics.general.totalPoints')} />
        </Col>
      </Row>
      <Field path={['gradeCutoffs']} label={t('settings.rubrics.general.cutoffs')} extra={t('settings.rubrics.general.fail')}>
        <Row gutter={12}>
          {(['excellent', 'good', 'pass'] as const).map((grade) => (
            <Col span={8} key={grade}>
              <PointsField path={['gradeCutoffs', grade]} value={gradeCutoffs[grade]} label={t(`settings.rubrics.general.${grade}`)} className="rubric-cutoff" />
            </Col>
          ))}
        </Row>
      </Field>
      <Field path={['problemCategories']} label={t('settings.rubrics.general.categories')} extra={t('settings.rubrics.general.categoriesHint')}>
        <Select
          id={fieldId(['problemCategories'])}
          mode="tags"
          value={problemCategories}
          onChange={(values: string[]) => update(['problemCategories'], values)}
          tokenSeparators={['、', '，', ',']}
          open={false}
          suffixIcon={null}
        />
      </Field>
      <Typography.Paragraph type="secondary" className="rubric-rules">
        <strong>{t('settings.rubrics.general.rules')}</strong>
        {t('settings.rubrics.general.rulesText')}
      </Typography.Paragraph>
    </Card>
  )
})
