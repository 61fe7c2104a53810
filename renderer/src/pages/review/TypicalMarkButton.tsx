import { useState } from 'react'
import { Button, Flex, Input, Popover, Radio, Tooltip, Typography } from 'antd'
import { StarFilled, StarOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { TYPICAL_KINDS, TYPICAL_NOTE_MAX, type TypicalKind, type TypicalTarget } from '../../../../shared/contract/typical'
import { useFeedback } from '../../components/useFeedback'
import { useTypicalMarksContext, type TypicalMarks } from './typicalMarks'

const KIND_COLOR: Record<TypicalKind, string> = { bad: '#c8372d', good: '#389e0d' }

function MarkForm({ target, marks, onClose }: { target: TypicalTarget; marks: TypicalMarks; onClose: () => void }) {
  const { t } = useTranslation()
  const { message, fail } = useFeedback()
  const current = marks.markOf(target)
  const [kind, setKind] = useState<TypicalKind>(current?.kind ?? 'bad')
  const [note, setNote] = useState(current?.note ?? '')
  const [busy, setBusy] = useState(false)

  async function run(work: () => Promise<unknown>, done: string) {
    setBusy(true)
    try {
      await work()
      void message.success(done)
      onClose()
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Flex vertical gap={8} style={{ width: 280 }} data-testid="typical-form">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('typical.markHint')}
      </Typography.Text>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        size="small"
        value={kind}
        onChange={(e) => setKind(e.target.value as TypicalKind)}
        options={TYPICAL_KINDS.map((k) => ({ value: k, label: t(`typical.kinds.${k}`) }))}
        data-testid="typical-kind"
      />
      <Input.TextArea
        size="small"
        autoSize={{ minRows: 2, maxRows: 4 }}
        maxLength={TYPICAL_NOTE_MAX}
        showCount
        placeholder={t('typical.notePlaceholder')}
        aria-label={t('typical.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        data-testid="typical-note"
      />
      <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
        {current && (
          <Button size="small" danger disabled={busy} onClick={() => run(() => marks.unmark(target), t('typical.removed'))} data-testid="typical-remove">
            {t('typical.remove')}
          </Button>
        )}
        <Button
          size="small"
          type="primary"
          loading={busy}
          onClick={() => run(() => marks.mark(target, kind, note.trim()), t('typical.saved', { kind: t(`typical.kinds.${kind}`) }))}
          data-testid="typical-save"
        >
          {t('typical.save')}
        </Button>
      </Flex>
    </Flex>
  )
}

function MarkButton({ target, marks }: { target: TypicalTarget; marks: TypicalMarks }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const current = marks.markOf(target)
  const kindLabel = current ? t(`typical.kinds.${current.kind}`) : ''
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      title={t('typical.markTitle')}
      placement="bottomRight"
      destroyOnHidden
      content={<MarkForm target={target} marks={marks} onClose={() => setOpen(false)} />}
    >
      <Tooltip title={open ? undefined : current ? (current.note || t('typical.marked', { kind: kindLabel })) : t('typical.mark')}>
        <Button
          size="small"
          type="text"
          className="typical-mark-button"
          icon={current ? <StarFilled style={{ color: KIND_COLOR[current.kind] }} /> : <StarOutlined />}
          aria-label={current ? t('typical.marked', { kind: kindLabel }) : t('typical.mark')}
          data-testid="typical-mark"
          data-typical-kind={current?.kind ?? 'none'}
        >
          {current && <span style={{ color: KIND_COLOR[current.kind] }}>{kindLabel}</span>}
        </Button>
      </Tooltip>
    </Popover>
  )
}

/**
 * The star beside a deduction or veto finding: marks it as a typical case (a bad or good example,
 * with a note) for the meeting. Open to marking after submission too: marks are not scores.
 */
export function TypicalMarkButton(props: { deductionId: number } | { vetoId: string }) {
  const marks = useTypicalMarksContext()
  if (!marks) return null
  const target: TypicalTarget = 'deductionId' in props ? { type: 'deduction', deductionId: props.deductionId } : { type: 'veto', evaluationId: marks.evaluationId, vetoId: props.vetoId }
  return <MarkButton target={target} marks={marks} />
}
