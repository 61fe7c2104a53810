import { Button, Card, Empty, Flex, Input, Switch, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BulletinContent } from '../../../../../shared/contract/bulletin'
import { shownParty } from '../../../../../shared/domain/bulletin/typical'
import { removeItem, replaceItem } from './draft'
import { Field } from './Field'

type Problems = BulletinContent['problems']

/** The typical cases the bulletin names: case number, squad, party (masked when asked) and what it says. */
export function TypicalCaseList({ value, onChange }: { value: Problems; onChange: (patch: Partial<Problems>) => void }) {
  const { t } = useTranslation()
  const cases = value.typicalCases
  return (
    <Flex vertical gap={8}>
      <Field label={t('bulletin.typical.heading')}>
        <Input value={value.typicalHeading} maxLength={200} onChange={(e) => onChange({ typicalHeading: e.target.value })} />
      </Field>
      <Flex gap={8} align="center">
        <Switch size="small" checked={value.maskParties} data-testid="bulletin-mask" onChange={(maskParties) => onChange({ maskParties })} />
        <Typography.Text>{t('bulletin.typical.mask')}</Typography.Text>
      </Flex>
      {cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bulletin.typical.none')} />
      ) : (
        cases.map((c, i) => (
          <Card
            key={`${c.caseNumber}-${i}`}
            size="small"
            data-testid="bulletin-typical"
            title={
              <Flex gap={8} align="center" wrap>
                <Tag color={c.kind === 'good' ? 'green' : 'red'}>{t(`bulletin.typical.${c.kind}`)}</Tag>
                <span>{`${i + 1}. ${c.caseNumber}`}</span>
                <Typography.Text type="secondary">{c.squadName}</Typography.Text>
                {c.party && <Typography.Text type="secondary">{t('bulletin.typical.party', { party: shownParty(c, value.maskParties) })}</Typography.Text>}
              </Flex>
            }
            extra={
              <Button size="small" type="link" danger onClick={() => onChange({ typicalCases: removeItem(cases, i) })}>
                {t('bulletin.typical.remove')}
              </Button>
            }
          >
            <Input.TextArea
              value={c.text}
              maxLength={4000}
              autoSize={{ minRows: 2, maxRows: 8 }}
              onChange={(e) => onChange({ typicalCases: replaceItem(cases, i, { ...c, text: e.target.value }) })}
            />
          </Card>
        ))
      )}
    </Flex>
  )
}
