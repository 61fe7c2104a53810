import { memo } from 'react'
import { Alert, Badge, Button, Card, Collapse, Flex, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { formatPoints } from '../../../format/points'
import { newSection, sumPoints, type SectionDraft } from './draft'
import { useDraftEditing, useIssueCount, useIssueText } from './context'
import { fieldId } from './issues'
import { SectionBody } from './SectionBody'
import { localized } from '../../review/localized'

interface SectionsCardProps {
  sections: SectionDraft[]
  categories: string[]
  /** Indexes of the open sections, as strings. */
  open: string[]
  onOpenChange: (open: string[]) => void
}

/** 评查项目与要点: one collapsible panel per section, its points checked against its items. */
export const SectionsCard = memo(function SectionsCard({ sections, categories, open, onOpenChange }: SectionsCardProps) {
  const { t, i18n } = useTranslation()
  const { updateWith } = useDraftEditing()
  const totalProblem = useIssueText(['sections'])

  return (
    <Card size="small" title={t('settings.rubrics.sections.title')} id={fieldId(['sections'])} tabIndex={-1}>
      {totalProblem && <Alert type="error" showIcon title={totalProblem} style={{ marginBottom: 8 }} />}
      <Collapse
        activeKey={open}
        onChange={(keys) => onOpenChange(Array.isArray(keys) ? keys : [keys])}
        destroyOnHidden
        items={sections.map((section, index) => ({
          key: String(index),
          label: (
            <Flex gap={8} align="center" data-testid={`rubric-section-${section.id}`}>
              <Typography.Text strong>{section.id}</Typography.Text>
              <span>{localized(i18n.language, section.title, section.titleEn)}</span>
            </Flex>
          ),
          extra: <SectionCheck section={section} index={index} />,
          children: <SectionBody section={section} index={index} categories={categories} />,
        }))}
      />
      <Button
        type="dashed"
        block
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => updateWith<SectionDraft[]>(['sections'], (list) => [...list, newSection(list, categories[0] ?? '')])}
      >
        {t('settings.rubrics.sections.add')}
      </Button>
    </Card>
  )
})

/** Beside a section's title: its items' sum against its points, and how many problems lie inside. */
function SectionCheck({ section, index }: { section: SectionDraft; index: number }) {
  const { t } = useTranslation()
  const pointsProblem = useIssueText(['sections', index, 'points'])
  const count = useIssueCount(['sections', index])
  const sum = sumPoints(section.items.map((it) => it.maxPoints))
  return (
    <Flex gap={8} align="center">
      <Tag color={pointsProblem ? 'error' : 'default'} data-testid="rubric-section-sum">
        {t('settings.rubrics.sections.sum', { sum: formatPoints(sum), points: formatPoints(section.points) })}
      </Tag>
      {count > 0 && <Badge count={count} title={t('settings.rubrics.sections.issueCount', { count })} />}
    </Flex>
  )
}
