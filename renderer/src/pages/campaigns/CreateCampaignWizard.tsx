import { Button, Flex, Form, Modal, Steps } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { toIsoDate } from '../../format/date'
import { navigate } from '../../router/hash'
import { defaultPopulationRange, proposedName, randomSeed, type CampaignKind } from './campaignDefaults'
import { BasicsStep, PopulationStep, RubricStep, SamplingStep, type WizardValues } from './wizardSteps'

const STEP_FIELDS: (keyof WizardValues)[][] = [
  ['kind', 'period', 'name'],
  ['basis', 'range', 'squadIds', 'domains', 'procedures', 'sources', 'major'],
  ['method', 'byDomain', 'sizeKind', 'percent', 'count', 'alwaysMajor', 'alwaysComplaint', 'seed'],
  ['rubricId', 'doubleReview', 'tolerance'],
]

function initialValues(today: Dayjs): Partial<WizardValues> {
  const period: [Dayjs, Dayjs] = [today.startOf('month'), today.endOf('month').startOf('day')]
  return {
    kind: 'monthly',
    period,
    basis: 'closed',
    range: defaultPopulationRange('monthly', period[0]),
    squadIds: [],
    domains: [],
    procedures: [],
    sources: [],
    major: 'all',
    method: 'stratified',
    byDomain: false,
    sizeKind: 'rate',
    percent: 10,
    count: 10,
    alwaysMajor: true,
    // Where a quarter of the register comes from complaints, taking them all would triple a 10% check: the lead opts in.
    alwaysComplaint: false,
    seed: randomSeed(),
    doubleReview: false,
    tolerance: 5,
  }
}

/** 新建评查活动: kind and name, the population, the sampling method, the rubric; then the draft with its sample. */
export function CreateCampaignWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const [form] = Form.useForm<WizardValues>()
  const [step, setStep] = useState(0)
  const [nameTouched, setNameTouched] = useState(false)
  const [busy, setBusy] = useState(false)
  const initial = useMemo(() => {
    const v = initialValues(dayjs())
    const { key, values } = proposedName(v.kind!, v.period![0], v.range!)
    return { ...v, name: t(`campaignSetup.${key}`, values) }
  }, [t])

  const propose = (values: Partial<WizardValues>) => {
    if (nameTouched || !values.kind || !values.period) return
    const { key, values: v } = proposedName(values.kind, values.period[0], values.range ?? null)
    form.setFieldValue('name', t(`campaignSetup.${key}`, v))
  }

  const onValuesChange = (changed: Partial<WizardValues>, all: WizardValues) => {
    if ('name' in changed) setNameTouched(true)
    if ('kind' in changed || 'period' in changed) {
      const kind = all.kind as CampaignKind
      const range = all.period ? defaultPopulationRange(kind, all.period[0]) : all.range
      form.setFieldsValue({ range, doubleReview: kind === 'centralized' })
      propose({ ...all, range })
    } else if ('range' in changed) propose(all)
  }

  const next = async () => {
    await form.validateFields(STEP_FIELDS[step])
    setStep(step + 1)
  }

  const finish = async () => {
    const v = { ...form.getFieldsValue(true), ...(await form.validateFields()) } as WizardValues
    setBusy(true)
    try {
      const created = await api.call('campaigns.create', {
        name: v.name,
        kind: v.kind,
        startsOn: toIsoDate(v.period?.[0]),
        endsOn: toIsoDate(v.period?.[1]),
        rubricId: v.rubricId,
        doubleReview: v.doubleReview,
        tolerance: v.tolerance,
        population: {
          basis: v.basis,
          from: toIsoDate(v.range[0])!,
          to: toIsoDate(v.range[1])!,
          squadIds: v.squadIds,
          domains: v.domains,
          procedures: v.procedures,
          sources: v.sources,
          major: v.major === 'all' ? null : v.major,
        },
        sampling: {
          method: v.method,
          byDomain: v.byDomain,
          size: v.sizeKind === 'rate' ? { kind: 'rate', percent: v.percent } : { kind: 'count', count: v.count },
          alwaysInclude: { major: v.alwaysMajor, complaint: v.alwaysComplaint },
          seed: v.seed,
        },
      })
      void message.success(t('campaignSetup.created', { name: created.name, count: created.caseCount }))
      onClose()
      navigate(`/campaigns/${created.id}`)
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  const steps = [
    { title: t('campaignSetup.steps.basics'), content: <BasicsStep /> },
    { title: t('campaignSetup.steps.population'), content: <PopulationStep form={form} /> },
    { title: t('campaignSetup.steps.sampling'), content: <SamplingStep form={form} /> },
    { title: t('campaignSetup.steps.rubric'), content: <RubricStep form={form} /> },
  ]

  return (
    <Modal
      open={open}
      title={t('campaignSetup.title')}
      width={860}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Flex justify="space-between">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Flex gap={8}>
            {step > 0 && (
              <Button onClick={() => setStep(step - 1)} data-testid="wizard-previous">
                {t('campaignSetup.previous')}
              </Button>
            )}
            {step < steps.length - 1 ? (
              <Button type="primary" onClick={() => void next().catch(() => {})} data-testid="wizard-next">
                {t('campaignSetup.next')}
              </Button>
            ) : (
              <Button type="primary" loading={busy} onClick={() => void finish().catch(() => {})} data-testid="wizard-finish">
                {t('campaignSetup.finish')}
              </Button>
            )}
          </Flex>
        </Flex>
      }
    >
      <Steps current={step} items={steps.map((s) => ({ title: s.title }))} size="small" style={{ marginBottom: 24 }} />
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ flex: '150px' }}
        initialValues={initial}
        onValuesChange={onValuesChange}
        preserve
        data-testid="campaign-wizard"
      >
        {steps.map((s, i) => (
          <div key={s.title} style={{ display: i === step ? 'block' : 'none' }}>
            {s.content}
          </div>
        ))}
      </Form>
    </Modal>
  )
}
