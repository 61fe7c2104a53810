import { memo, useEffect, useState } from 'react'
import { Input, Typography } from 'antd'
import { FormOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'

/** A per-item note, saved when the field loses focus (only if it changed); Esc or Ctrl+Enter leaves it. */
export const ItemNote = memo(function ItemNote({ itemId, note, locked, onSave }: { itemId: string; note: string; locked: boolean; onSave: (itemId: string, note: string) => Promise<boolean> }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(note !== '')
  const [draft, setDraft] = useState(note)
  useEffect(() => setDraft(note), [note])

  if (locked) return note ? <Typography.Paragraph className="item-note-text">{t('review.noteText', { note })}</Typography.Paragraph> : null
  if (!open)
    return (
      <Typography.Link className="item-note-link" onClick={() => setOpen(true)} data-testid={`note-open-${itemId}`}>
        <FormOutlined /> {t('review.addNote')}
      </Typography.Link>
    )
  return (
    <Input.TextArea
      className="item-note"
      size="small"
      autoSize={{ minRows: 1, maxRows: 6 }}
      maxLength={2000}
      placeholder={t('review.notePlaceholder')}
      value={draft}
      autoFocus={note === ''}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== note) void onSave(itemId, draft)
        else if (draft === '') setOpen(false)
      }}
      // Esc or Ctrl+Enter leaves the note (saving it) rather than the case.
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && e.ctrlKey)) {
          e.preventDefault()
          // Back to the item (leaving the field saves the note).
          const item = e.currentTarget.closest<HTMLElement>('.rubric-item')
          if (item) item.focus()
          else e.currentTarget.blur()
        }
      }}
      data-testid={`note-${itemId}`}
    />
  )
})
