import { Button, Flex, Input, Tooltip } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { BulletinParagraph } from '../../../../../shared/contract/bulletin'
import { moveItem, removeItem, replaceItem } from './draft'

interface Props {
  value: BulletinParagraph[]
  onChange: (next: BulletinParagraph[]) => void
  /** Prefix of the test ids of the paragraphs' text boxes: `${testId}-0`, `${testId}-1`, … */
  testId: string
}

/** Paragraphs of a section, each with an optional subheading that the export numbers （一）（二）…. */
export function ParagraphList({ value, onChange, testId }: Props) {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={12}>
      {value.map((p, i) => (
        <Flex key={i} gap={8} align="flex-start" className="bulletin-paragraph">
          <Flex vertical gap={4} style={{ flex: 1 }}>
            <Input
              value={p.heading}
              maxLength={200}
              placeholder={t('bulletin.paragraph.headingPlaceholder')}
              aria-label={t('bulletin.paragraph.heading')}
              onChange={(e) => onChange(replaceItem(value, i, { ...p, heading: e.target.value }))}
            />
            <Input.TextArea
              value={p.text}
              maxLength={4000}
              autoSize={{ minRows: 2, maxRows: 12 }}
              aria-label={t('bulletin.paragraph.text')}
              data-testid={`${testId}-${i}`}
              onChange={(e) => onChange(replaceItem(value, i, { ...p, text: e.target.value }))}
            />
          </Flex>
          <Flex vertical gap={4}>
            <Tooltip title={t('bulletin.paragraph.moveUp')}>
              <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('bulletin.paragraph.moveUp')} onClick={() => onChange(moveItem(value, i, -1))} />
            </Tooltip>
            <Tooltip title={t('bulletin.paragraph.moveDown')}>
              <Button size="small" icon={<ArrowDownOutlined />} disabled={i === value.length - 1} aria-label={t('bulletin.paragraph.moveDown')} onClick={() => onChange(moveItem(value, i, 1))} />
            </Tooltip>
            <Tooltip title={t('bulletin.paragraph.remove')}>
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('bulletin.paragraph.remove')} onClick={() => onChange(removeItem(value, i))} />
            </Tooltip>
          </Flex>
        </Flex>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} disabled={value.length >= 30} onClick={() => onChange([...value, { heading: '', text: '' }])}>
        {t('bulletin.paragraph.add')}
      </Button>
    </Flex>
  )
}
