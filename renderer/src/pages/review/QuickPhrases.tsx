import { Flex, Tag, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

/** 常用语: numbered so Alt+N inserts phrase N into the reason; a click does the same. */
export function QuickPhrases({ phrases, onInsert }: { phrases: string[]; onInsert: (phrase: string) => void }) {
  const { t } = useTranslation()
  if (phrases.length === 0) return null
  return (
    <Flex wrap gap={4} align="center" className="quick-phrases" data-testid="quick-phrases">
      <Typography.Text type="secondary">{t('review.phrasesLabel')}</Typography.Text>
      {phrases.map((phrase, i) => (
        <Tooltip key={phrase} title={t('review.phraseHint', { n: i + 1 })} mouseEnterDelay={0.6}>
          <Tag className="quick-phrase" onClick={() => onInsert(phrase)} data-testid="quick-phrase" data-n={i + 1}>
            <span className="quick-phrase-key">{i + 1}</span>
            {phrase}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  )
}
