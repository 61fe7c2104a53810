import { Card, DatePicker, Flex, Input, InputNumber } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BulletinContent, BulletinSettings } from '../../../../../shared/contract/bulletin'
import { formatDocNumber } from '../../../../../shared/domain/bulletin/doc-number'
import { fromIsoDate, toIsoDate } from '../../../format/date'
import { patchSection, type SectionKey } from './draft'
import { Field } from './Field'
import { ParagraphList } from './ParagraphList'
import { RankingPreview } from './RankingPreview'
import { RectificationList } from './RectificationList'
import { TypicalCaseList } from './TypicalCaseList'

interface Props {
  content: BulletinContent
  settings: BulletinSettings | undefined
  onChange: (next: BulletinContent) => void
}

/** Every editable part of the bulletin, in the order the document prints it. */
export function BulletinForm({ content, settings, onChange }: Props) {
  const { t } = useTranslation()
  const set = (patch: Partial<BulletinContent>) => onChange({ ...content, ...patch })
  const section = <K extends SectionKey>(key: K) => (patch: Partial<BulletinContent[K]>) => onChange(patchSection(content, key, patch))
  const heading = <K extends SectionKey>(key: K) => (
    <Field label={t('bulletin.sectionHeading')} hint={t('bulletin.sectionHeadingHint')}>
      <Input value={content[key].heading} maxLength={200} onChange={(e) => section(key)({ heading: e.target.value } as Partial<BulletinContent[K]>)} />
    </Field>
  )
  const text = (value: string, onText: (v: string) => void, label: string, testId?: string) => (
    <Field label={label}>
      <Input.TextArea value={value} maxLength={4000} autoSize={{ minRows: 1, maxRows: 8 }} data-testid={testId} onChange={(e) => onText(e.target.value)} />
    </Field>
  )
  const year = Number(content.issuedOn.slice(0, 4))
  const overview = section('overview')
  const rectification = section('rectification')

  return (
    <Flex vertical gap={16} data-testid="bulletin-form">
      <Card size="small">
        <Flex vertical gap={12}>
          <Field label={t('bulletin.fields.title')} hint={t('bulletin.fields.titleHint')}>
            <Input.TextArea value={content.title} maxLength={200} autoSize={{ minRows: 1, maxRows: 3 }} data-testid="bulletin-title" onChange={(e) => set({ title: e.target.value })} />
          </Field>
          <Flex gap={16} wrap>
            <Field label={t('bulletin.fields.issuedOn')}>
              <DatePicker allowClear={false} value={fromIsoDate(content.issuedOn)} data-testid="bulletin-issued-on" onChange={(d) => set({ issuedOn: toIsoDate(d) ?? content.issuedOn })} />
            </Field>
            <Field
              label={t('bulletin.fields.serial')}
              hint={settings?.redHeader ? t('bulletin.fields.serialHint', { docNumber: formatDocNumber(settings.docNumberPattern, year, content.serial) }) : undefined}
            >
              <InputNumber min={1} max={9999} precision={0} value={content.serial} onChange={(v) => v !== null && set({ serial: v })} />
            </Field>
            <Field label={t('bulletin.fields.addressee')}>
              <Input value={content.addressee} maxLength={200} onChange={(e) => set({ addressee: e.target.value })} />
            </Field>
          </Flex>
          {text(content.opening, (opening) => set({ opening }), t('bulletin.fields.opening'), 'bulletin-opening')}
        </Flex>
      </Card>

      <Card size="small" title={t('bulletin.sections.overview')} data-testid="bulletin-overview">
        <Flex vertical gap={12}>
          {heading('overview')}
          <ParagraphList value={content.overview.paragraphs} onChange={(paragraphs) => overview({ paragraphs })} testId="bulletin-overview-text" />
          {text(content.overview.rankingIntro, (rankingIntro) => overview({ rankingIntro }), t('bulletin.ranking.intro'))}
          <Field label={t('bulletin.ranking.table')}>
            <RankingPreview rows={content.overview.ranking} />
          </Field>
          {text(content.overview.rankingNote, (rankingNote) => overview({ rankingNote }), t('bulletin.ranking.note'))}
        </Flex>
      </Card>

      <Card size="small" title={t('bulletin.sections.problems')} data-testid="bulletin-problems">
        <Flex vertical gap={12}>
          {heading('problems')}
          <ParagraphList value={content.problems.paragraphs} onChange={(paragraphs) => section('problems')({ paragraphs })} testId="bulletin-problems-text" />
          <TypicalCaseList value={content.problems} onChange={section('problems')} />
        </Flex>
      </Card>

      <Card size="small" title={t('bulletin.sections.rectification')} data-testid="bulletin-rectification-card">
        <Flex vertical gap={12}>
          {heading('rectification')}
          <RectificationList value={content.rectification} onChange={rectification} />
        </Flex>
      </Card>

      <Card size="small" title={t('bulletin.sections.nextSteps')}>
        <Flex vertical gap={12}>
          {heading('nextSteps')}
          <ParagraphList value={content.nextSteps.paragraphs} onChange={(paragraphs) => section('nextSteps')({ paragraphs })} testId="bulletin-next-text" />
        </Flex>
      </Card>

      <Card size="small">
        <Field label={t('bulletin.fields.closing')}>
          <Input value={content.closing} maxLength={200} onChange={(e) => set({ closing: e.target.value })} />
        </Field>
      </Card>
    </Flex>
  )
}
