import { Button, Tooltip } from 'antd'
import { CloudUploadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api'
import { useFeedback } from '../../../components/useFeedback'
import { rubricSchema } from '../../../../../shared/domain/rubric'
import type { RubricDraft } from './draft'
import type { PublishedNotice } from './RubricList'

interface PublishButtonProps {
  draft: RubricDraft
  issueCount: number
  dirty: boolean
  nextVersion: number
  /** Called after the server stored the new version. */
  onPublished: (notice: PublishedNotice) => void
}

/** 发布为新版本: asks once, saying that evaluations already scored keep their version. */
export function PublishButton({ draft, issueCount, dirty, nextVersion, onPublished }: PublishButtonProps) {
  const { t } = useTranslation()
  const { modal, fail } = useFeedback()
  const blocked = issueCount > 0 ? t('settings.rubrics.editor.publishBlocked', { count: issueCount }) : !dirty ? t('settings.rubrics.editor.publishNothing') : null

  function confirm() {
    const body = rubricSchema.parse(draft)
    modal.confirm({
      title: t('settings.rubrics.editor.publishTitle', { version: nextVersion }),
      content: t('settings.rubrics.editor.publishBody', { name: body.name, version: nextVersion }),
      okText: t('settings.rubrics.editor.publishOk'),
      okButtonProps: { 'data-testid': 'rubric-publish-confirm' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const published = await api.call('rubrics.publish', { body })
          onPublished({ id: published.id, name: published.name, version: published.version })
        } catch (err) {
          fail(err)
        }
      },
    })
  }

  return (
    <Tooltip title={blocked}>
      <Button type="primary" icon={<CloudUploadOutlined />} disabled={blocked !== null} onClick={confirm} data-testid="rubric-publish">
        {t('settings.rubrics.editor.publish')}
      </Button>
    </Tooltip>
  )
}
