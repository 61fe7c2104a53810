import { useState } from 'react'
import { Alert, Button, Card, Col, Flex, Input, InputNumber, Radio, Row, Statistic, Switch, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AdjudicationCase } from '../../../../shared/contract/adjudication'
import { allItems, type RubricItem } from '../../../../shared/domain/rubric'
import { api, useQuery } from '../../api'
import { CenteredSpin } from '../../components/CenteredSpin'
import { ErrorResult } from '../../components/ErrorResult'
import { PageHeader } from '../../components/PageHeader'
import { GradeTag } from '../../components/tags'
import { useFeedback } from '../../components/useFeedback'
import { formatDateTime } from '../../format/date'
import { formatPoints } from '../../format/points'
import { ReviewCell } from './ReviewCell'
import { useDecisions } from './useDecisions'
import './adjudication.css'

/** 组长裁定: one disagreement side by side, item by item, the lead's choice per differing item and veto. */
export function AdjudicationPage({ campaignId, caseId }: { campaignId: number; caseId: number }) {
  const query = useQuery('adjudication.get', { campaignId, caseId })
  if (query.error) return <ErrorResult error={query.error} onRetry={query.reload} />
  if (!query.data) return <CenteredSpin />
  // Keyed by the decision time: a saved decision starts the form afresh from what was stored.
  return <AdjudicationForm key={query.data.decision?.decidedAt ?? 'new'} view={query.data} onSaved={query.setData} />
}

function AdjudicationForm({ view, onSaved }: { view: AdjudicationCase; onSaved: (v: AdjudicationCase) => void }) {
  const { t, i18n } = useTranslation()
  const { message, fail } = useFeedback()
  const decisions = useDecisions(view)
  // The lead's work is the differing items; the rest is one switch away.
  const [onlyDiffering, setOnlyDiffering] = useState(true)
  const [saving, setSaving] = useState(false)
  const [a, b] = view.reviews
  const closed = view.campaign.status === 'closed'
  const differing = new Set(view.differingItems)
  const en = i18n.language === 'en'
  const items = allItems(view.rubric).filter((it) => !onlyDiffering || differing.has(it.id))
  const vetoIds = [...new Set([...a.vetoes, ...b.vetoes].map((v) => v.vetoId))].sort()
  const canSave = !closed && decisions.result !== null && decisions.reason.trim() !== '' && !saving

  const save = async () => {
    setSaving(true)
    try {
      onSaved(await api.call('adjudication.decide', { campaignId: view.campaign.id, caseId: view.case.id, ...decisions.payload() }))
      void message.success(t('adjudication.saved'))
    } catch (err) {
      fail(err)
    } finally {
      setSaving(false)
    }
  }

  const decisionCell = (item: RubricItem) => {
    if (!differing.has(item.id)) return null
    const d = decisions.items[item.id]
    return (
      <Flex gap={6} align="center" wrap>
        <Radio.Group
          size="small"
          optionType="button"
          disabled={closed}
          value={d?.choice}
          onChange={(e) => decisions.setItem({ itemId: item.id, choice: e.target.value as 'a' | 'b' | 'own', points: e.target.value === 'own' ? (d?.points ?? 0) : undefined })}
        >
          <Radio.Button value="a">
            <span data-testid={`choice-${item.id}-a`}>{t('adjudication.choiceA')}</span>
          </Radio.Button>
          <Radio.Button value="b">
            <span data-testid={`choice-${item.id}-b`}>{t('adjudication.choiceB')}</span>
          </Radio.Button>
          <Radio.Button value="own">
            <span data-testid={`choice-${item.id}-own`}>{t('adjudication.choiceOwn')}</span>
          </Radio.Button>
        </Radio.Group>
        {d?.choice === 'own' && (
          <InputNumber
            size="small"
            style={{ width: 88 }}
            min={0}
            max={item.maxPoints}
            step={0.5}
            precision={1}
            disabled={closed}
            value={d.points}
            prefix="−"
            data-testid={`own-points-${item.id}`}
            onChange={(v) => decisions.setItem({ itemId: item.id, choice: 'own', points: v ?? undefined })}
          />
        )}
      </Flex>
    )
  }

  return (
    <div className="page adjudication-page" data-testid="adjudication-page">
      <PageHeader
        title={t('adjudication.pageTitle', { caseNumber: view.case.caseNumber })}
        trail={[{ label: view.campaign.name, to: `/campaigns/${view.campaign.id}` }]}
        tags={
          <>
            <Tag>{view.case.squadName}</Tag>
            <Tag>{view.case.party}</Tag>
            {view.reasons.map((r) => (
              <Tag key={r} color="orange">
                {t(`adjudication.reasons.${r}`)}
              </Tag>
            ))}
          </>
        }
      />
      {closed && <Alert type="info" showIcon title={t('adjudication.closed')} style={{ marginBottom: 12 }} />}
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {[a, b].map((r, i) => (
          <Col span={8} key={r.evaluationId}>
            <Card size="small">
              <Statistic
                title={`${i === 0 ? t('adjudication.reviewerA') : t('adjudication.reviewerB')} · ${r.reviewerName}`}
                value={formatPoints(r.total)}
                suffix={<GradeTag grade={r.grade} />}
              />
            </Card>
          </Col>
        ))}
        <Col span={8}>
          <Card size="small" className="adjudication-result">
            <Statistic
              title={t('adjudication.result')}
              value={decisions.result ? formatPoints(decisions.result.total) : '—'}
              valueRender={(node) => <span data-testid="adjudicated-total">{node}</span>}
              suffix={decisions.result ? <GradeTag grade={decisions.result.grade} testId="adjudicated-grade" /> : <Typography.Text type="secondary">{t('adjudication.undecided', { count: decisions.undecided })}</Typography.Text>}
            />
          </Card>
        </Col>
      </Row>

      <Card
        size="small"
        title={t('adjudication.sideBySide')}
        extra={
          <Flex gap={8} align="center">
            <Switch size="small" checked={onlyDiffering} onChange={setOnlyDiffering} data-testid="only-differing" />
            <span>{t('adjudication.onlyDiffering')}</span>
          </Flex>
        }
        styles={{ body: { padding: 0 } }}
      >
        <Table<RubricItem>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={items}
          locale={{ emptyText: t('adjudication.sameItems') }}
          rowClassName={(it) => (differing.has(it.id) ? 'adjudication-differs' : '')}
          onRow={(it) => ({ 'data-testid': `item-row-${it.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('adjudication.item'), width: 260, render: (_, it) => `${it.id} ${en ? it.titleEn : it.title}` },
            { title: t('adjudication.maxPoints'), width: 64, align: 'right', render: (_, it) => formatPoints(it.maxPoints) },
            { title: `${t('adjudication.reviewerA')} · ${a.reviewerName}`, render: (_, it) => <ReviewCell review={a} itemId={it.id} testId={`a-${it.id}`} /> },
            { title: `${t('adjudication.reviewerB')} · ${b.reviewerName}`, render: (_, it) => <ReviewCell review={b} itemId={it.id} testId={`b-${it.id}`} /> },
            { title: t('adjudication.decision'), width: 270, render: (_, it) => decisionCell(it) },
          ]}
        />
      </Card>

      <Card size="small" title={t('adjudication.vetoes')} style={{ marginTop: 12 }}>
        {vetoIds.length === 0 ? (
          <Typography.Text type="secondary">{t('adjudication.noVetoes')}</Typography.Text>
        ) : (
          vetoIds.map((vetoId) => {
            const veto = view.rubric.vetoes.find((v) => v.id === vetoId)
            const found = (r: typeof a) => r.vetoes.find((v) => v.vetoId === vetoId)
            const side = (r: typeof a) => {
              const f = found(r)
              return f ? <Tag color="red">{t('adjudication.vetoFound') + (f.reason ? t('adjudication.sep') + f.reason : '')}</Tag> : <Tag>{t('adjudication.vetoNotFound')}</Tag>
            }
            return (
              <Flex key={vetoId} gap={12} align="center" wrap className={view.differingVetoes.includes(vetoId) ? 'adjudication-differs adjudication-veto' : 'adjudication-veto'}>
                <Typography.Text strong style={{ minWidth: 220 }}>
                  {vetoId} {veto ? (en ? (veto.titleEn ?? veto.title) : veto.title) : ''}
                </Typography.Text>
                <span>{a.reviewerName + t('adjudication.sep')}{side(a)}</span>
                <span>{b.reviewerName + t('adjudication.sep')}{side(b)}</span>
                {view.differingVetoes.includes(vetoId) && (
                  <Radio.Group size="small" optionType="button" disabled={closed} value={decisions.vetoes[vetoId]?.choice} onChange={(e) => decisions.setVeto({ vetoId, choice: e.target.value as 'a' | 'b' })}>
                    <Radio.Button value="a">
                      <span data-testid={`veto-${vetoId}-a`}>{t('adjudication.choiceA')}</span>
                    </Radio.Button>
                    <Radio.Button value="b">
                      <span data-testid={`veto-${vetoId}-b`}>{t('adjudication.choiceB')}</span>
                    </Radio.Button>
                  </Radio.Group>
                )}
              </Flex>
            )
          })
        )}
      </Card>

      <Card size="small" title={t('adjudication.reason')} style={{ marginTop: 12 }}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          disabled={closed}
          value={decisions.reason}
          placeholder={t('adjudication.reasonPlaceholder')}
          onChange={(e) => decisions.setReason(e.target.value)}
          data-testid="adjudication-reason"
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary" data-testid="decided-by">
            {view.decision ? t('adjudication.decidedBy', { name: view.decision.decidedBy, at: formatDateTime(view.decision.decidedAt) }) : ''}
          </Typography.Text>
          <Button type="primary" disabled={!canSave} loading={saving} onClick={() => void save()} data-testid="adjudication-save">
            {view.decision ? t('adjudication.revise') : t('adjudication.save')}
          </Button>
        </Flex>
      </Card>
    </div>
  )
}
