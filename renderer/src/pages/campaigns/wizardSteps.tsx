import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, Space, Switch, type FormInstance } from 'antd'
import type { Dayjs } from 'dayjs'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { CAMPAIGN_KINDS } from '../../../../shared/contract/campaigns'
import { CASE_SOURCES, type ENFORCEMENT_DOMAINS, type PROCEDURES } from '../../../../shared/contract/cases'
import { useQuery } from '../../api'
import { toIsoDate } from '../../format/date'
import { enumOptions } from '../../format/options'
import { randomSeed, type CampaignKind } from './campaignDefaults'

export interface WizardValues {
  kind: CampaignKind
  period: [Dayjs, Dayjs] | null
  name: string
  basis: 'closed' | 'decided'
  range: [Dayjs, Dayjs]
  squadIds: number[]
  domains: (typeof ENFORCEMENT_DOMAINS)[number][]
  procedures: (typeof PROCEDURES)[number][]
  sources: (typeof CASE_SOURCES)[number][]
  major: 'all' | 'only' | 'exclude'
  method: 'simple' | 'stratified'
  byDomain: boolean
  sizeKind: 'rate' | 'count'
  percent: number
  count: number
  alwaysMajor: boolean
  alwaysComplaint: boolean
  seed: number
  rubricId: number
  doubleReview: boolean
  tolerance: number
}

type Props = { form: FormInstance<WizardValues> }

export function BasicsStep() {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item name="kind" label={t('campaignSetup.kind')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: <span data-testid={`wizard-kind-${k}`}>{t(`enums.campaignKind.${k}`)}</span> }))} />
      </Form.Item>
      <Form.Item name="period" label={t('campaignSetup.period')}>
        <DatePicker.RangePicker data-testid="wizard-period" />
      </Form.Item>
      <Form.Item name="name" label={t('campaignSetup.name')} extra={t('campaignSetup.nameHint')} rules={[{ required: true, min: 2, max: 100 }]}>
        <Input data-testid="wizard-name" maxLength={100} />
      </Form.Item>
    </>
  )
}

export function PopulationStep({ form }: Props) {
  const { t } = useTranslation()
  const options = enumOptions(t)
  const squads = useQuery('cases.squads', {})
  const v = Form.useWatch([], form) as WizardValues | undefined
  const from = toIsoDate(v?.range?.[0])
  const to = toIsoDate(v?.range?.[1])
  const population = useQuery(
    'campaigns.population',
    v && from && to
      ? {
          population: {
            basis: v.basis,
            from,
            to,
            squadIds: v.squadIds ?? [],
            domains: v.domains ?? [],
            procedures: v.procedures ?? [],
            sources: v.sources ?? [],
            major: !v.major || v.major === 'all' ? null : v.major,
          },
        }
      : null,
  )
  const multi = { mode: 'multiple' as const, allowClear: true, placeholder: t('campaignSetup.all'), maxTagCount: 'responsive' as const }
  return (
    <>
      <Form.Item name="basis" label={t('campaignSetup.basis')}>
        <Radio.Group
          options={[
            { value: 'closed', label: t('campaignSetup.basisClosed') },
            { value: 'decided', label: t('campaignSetup.basisDecided') },
          ]}
        />
      </Form.Item>
      <Form.Item name="range" label={t('campaignSetup.range')} rules={[{ required: true }]}>
        <DatePicker.RangePicker data-testid="wizard-range" />
      </Form.Item>
      <Form.Item name="squadIds" label={t('campaignSetup.squads')}>
        <Select {...multi} options={(squads.data ?? []).map((s) => ({ value: s.id, label: s.name }))} data-testid="wizard-squads" />
      </Form.Item>
      <Form.Item name="domains" label={t('campaignSetup.domains')}>
        <Select {...multi} options={options.domains} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="procedures" label={t('campaignSetup.procedures')} labelCol={{ flex: '150px' }} style={{ flex: 1 }}>
          <Select {...multi} options={options.procedures} />
        </Form.Item>
        <Form.Item name="sources" label={t('campaignSetup.sources')} style={{ flex: 1 }}>
          <Select {...multi} options={CASE_SOURCES.map((s) => ({ value: s, label: t(`enums.caseSource.${s}`) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="major" label={t('campaignSetup.major')}>
        <Radio.Group
          options={[
            { value: 'all', label: t('campaignSetup.majorAll') },
            { value: 'only', label: t('campaignSetup.majorOnly') },
            { value: 'exclude', label: t('campaignSetup.majorExclude') },
          ]}
        />
      </Form.Item>
      {population.data && (
        <Alert
          type={population.data.size === 0 ? 'warning' : 'info'}
          showIcon
          data-testid="wizard-population-size"
          title={population.data.size === 0 ? t('campaignSetup.populationEmpty') : t('campaignSetup.populationSize', { count: population.data.size })}
          description={population.data.bySquad.map((s) => `${s.squadName} ${s.count}`).join(t('common.listSeparator'))}
        />
      )}
    </>
  )
}

export function SamplingStep({ form }: Props) {
  const { t } = useTranslation()
  const method = Form.useWatch('method', form)
  const sizeKind = Form.useWatch('sizeKind', form)
  return (
    <>
      <Form.Item name="method" label={t('campaignSetup.method')}>
        <Radio.Group>
          <Space direction="vertical">
            <Radio value="stratified" data-testid="wizard-method-stratified">
              {t('campaignSetup.stratified')}
            </Radio>
            <Radio value="simple" data-testid="wizard-method-simple">
              {t('campaignSetup.simple')}
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {method === 'stratified' && (
        <Form.Item name="byDomain" valuePropName="checked" label=" " colon={false}>
          <Checkbox>{t('campaignSetup.byDomain')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item label={t('campaignSetup.size')} required>
        <Flex gap={12} align="center">
          <Form.Item name="sizeKind" noStyle>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'rate', label: t('campaignSetup.byRate') },
                { value: 'count', label: t('campaignSetup.byCount') },
              ]}
            />
          </Form.Item>
          {sizeKind === 'count' ? (
            <Form.Item name="count" noStyle rules={[{ required: true }]}>
              <InputNumber min={1} max={100000} precision={0} addonAfter={t('campaignSetup.count')} data-testid="wizard-count" />
            </Form.Item>
          ) : (
            <Form.Item name="percent" noStyle rules={[{ required: true }]}>
              <InputNumber min={0.1} max={100} step={1} addonAfter="%" data-testid="wizard-percent" />
            </Form.Item>
          )}
        </Flex>
      </Form.Item>
      <Form.Item label={t('campaignSetup.alwaysInclude')}>
        <Flex vertical>
          <Form.Item name="alwaysMajor" valuePropName="checked" noStyle>
            <Checkbox>{t('campaignSetup.alwaysMajor')}</Checkbox>
          </Form.Item>
          <Form.Item name="alwaysComplaint" valuePropName="checked" noStyle>
            <Checkbox>{t('campaignSetup.alwaysComplaint')}</Checkbox>
          </Form.Item>
        </Flex>
      </Form.Item>
      <Form.Item label={t('campaignSetup.seed')} extra={t('campaignSetup.seedHint')} required>
        <Flex gap={8}>
          <Form.Item name="seed" noStyle rules={[{ required: true }]}>
            <InputNumber min={0} max={4294967295} precision={0} style={{ width: 180 }} data-testid="wizard-seed" />
          </Form.Item>
          <Button onClick={() => form.setFieldValue('seed', randomSeed())}>{t('campaignSetup.newSeed')}</Button>
        </Flex>
      </Form.Item>
    </>
  )
}

export function RubricStep({ form }: Props) {
  const { t } = useTranslation()
  const rubrics = useQuery('rubrics.list', {})
  const doubleReview = Form.useWatch('doubleReview', form)
  // The latest version of each rubric; the ordinary-procedure one is the usual default.
  const latest = (rubrics.data ?? []).filter((r, i, all) => r.target === 'case' && all.findIndex((x) => x.code === r.code) === i)
  const fallback = (latest.find((r) => r.code === 'penalty-ordinary') ?? latest[0])?.id
  useEffect(() => {
    if (fallback !== undefined && form.getFieldValue('rubricId') === undefined) form.setFieldValue('rubricId', fallback)
  }, [fallback, form])
  return (
    <>
      <Form.Item name="rubricId" label={t('campaignSetup.defaultRubric')} extra={t('campaignSetup.rubricHint')} rules={[{ required: true }]}>
        <Select options={latest.map((r) => ({ value: r.id, label: `${r.name}（v${r.version}）` }))} data-testid="wizard-rubric" />
      </Form.Item>
      <Form.Item name="doubleReview" label={t('campaignSetup.doubleReview')} valuePropName="checked" extra={t('campaignSetup.doubleReviewHint')}>
        <Switch data-testid="wizard-double-review" />
      </Form.Item>
      {doubleReview && (
        <Form.Item name="tolerance" label={t('campaignSetup.tolerance')}>
          <InputNumber min={0} max={100} step={0.5} />
        </Form.Item>
      )}
    </>
  )
}
