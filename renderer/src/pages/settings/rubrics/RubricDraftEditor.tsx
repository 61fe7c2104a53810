import { useCallback, useLayoutEffect, useMemo, useState } from 'react'
import { Button, Flex, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, UndoOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { currentLocale } from '../../../i18n'
import { rubricIssues, type RubricPath } from '../../../../../shared/domain/rubric-validation'
import { DraftContext, IssuesContext, type DraftEditing } from './context'
import { getIn, setIn, type RubricDraft } from './draft'
import { GeneralCard } from './GeneralCard'
import { createIssueStore, focusPath } from './issues'
import { IssueSummary } from './IssueSummary'
import { PublishButton } from './PublishButton'
import { localized } from '../../review/localized'
import type { PublishedNotice } from './RubricList'
import { SectionsCard } from './SectionsCard'
import { useLeaveGuard } from './useLeaveGuard'
import { VetoCard } from './VetoCard'
import './rubrics.css'

interface RubricDraftEditorProps {
  source: MethodOutput<'rubrics.get'>
  nextVersion: number
  onClose: () => void
  onPublished: (notice: PublishedNotice) => void
}

/** The editor: the draft on the left, what stops it from being published on the right. */
export function RubricDraftEditor({ source, nextVersion, onClose, onPublished }: RubricDraftEditorProps) {
  const { t, i18n } = useTranslation()
  const { modal } = useFeedback()
  const original: RubricDraft = source.body
  const [draft, setDraft] = useState<RubricDraft>(original)
  const [open, setOpen] = useState<string[]>(['0'])

  const editing = useMemo<DraftEditing>(
    () => ({
      updateWith: (path, change) => setDraft((d) => setIn(d, path, change(getIn(d, path) as never))),
      update: (path, value) => setDraft((d) => setIn(d, path, value)),
    }),
    [],
  )
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(original), [draft, original])
  const issues = useMemo(() => rubricIssues(draft), [draft])
  const [store] = useState(createIssueStore)
  const locale = currentLocale()
  useLayoutEffect(() => store.set(issues, locale), [store, issues, locale])
  const release = useLeaveGuard(dirty)

  const jump = useCallback((path: RubricPath) => {
    if (path[0] === 'sections' && typeof path[1] === 'number') {
      const index = String(path[1])
      setOpen((keys) => (keys.includes(index) ? keys : [...keys, index]))
    }
    // The panel renders its fields on opening; focus once they exist.
    requestAnimationFrame(() => requestAnimationFrame(() => focusPath(path)))
  }, [])

  function discard() {
    modal.confirm({
      title: t('settings.rubrics.editor.discardConfirm', { version: source.version }),
      okText: t('settings.rubrics.editor.discard'),
      okButtonProps: { danger: true },
      cancelText: t('settings.rubrics.editor.stay'),
      onOk: () => setDraft(original),
    })
  }

  return (
    <DraftContext.Provider value={editing}>
      <IssuesContext.Provider value={store}>
        <div className="rubric-editor" data-testid="rubric-editor">
          <Flex className="rubric-editor-bar" align="center" justify="space-between" gap={12} wrap>
            <Flex align="center" gap={10} wrap>
              <Button icon={<ArrowLeftOutlined />} onClick={onClose} data-testid="rubric-back">
                {t('settings.rubrics.editor.back')}
              </Button>
              <Typography.Text strong>{localized(i18n.language, draft.name || source.name, draft.nameEn)}</Typography.Text>
              <Typography.Text type="secondary">{t('settings.rubrics.editor.basedOn', { version: source.version, next: nextVersion })}</Typography.Text>
              {dirty ? (
                <Tag color="warning" data-testid="rubric-dirty">
                  {t('settings.rubrics.editor.dirty')}
                </Tag>
              ) : (
                <Tag>{t('settings.rubrics.editor.clean')}</Tag>
              )}
            </Flex>
            <Flex gap={8}>
              <Button icon={<UndoOutlined />} disabled={!dirty} onClick={discard}>
                {t('settings.rubrics.editor.discard')}
              </Button>
              <PublishButton
                draft={draft}
                issueCount={issues.length}
                dirty={dirty}
                nextVersion={nextVersion}
                onPublished={(notice) => {
                  release()
                  onPublished(notice)
                }}
              />
            </Flex>
          </Flex>
          <div className="rubric-editor-body">
            <Flex vertical gap={12} className="rubric-editor-main">
              <GeneralCard
                code={draft.code}
                name={draft.name}
                nameEn={draft.nameEn}
                totalPoints={draft.totalPoints}
                gradeCutoffs={draft.gradeCutoffs}
                problemCategories={draft.problemCategories}
              />
              <SectionsCard sections={draft.sections} categories={draft.problemCategories} open={open} onOpenChange={setOpen} />
              <VetoCard vetoes={draft.vetoes} />
            </Flex>
            <aside className="rubric-editor-aside">
              <IssueSummary draft={draft} issues={issues} onJump={jump} />
            </aside>
          </div>
        </div>
      </IssuesContext.Provider>
    </DraftContext.Provider>
  )
}
