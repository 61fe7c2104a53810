import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Messages } from '../../i18n/zh-CN'

type KeyId = keyof Messages['review']['keys']
type GroupId = keyof Messages['review']['keyGroups']

// Grouped by where the focus is: the keys are scoped to the region they act on.
const GROUPS: [GroupId, KeyId[]][] = [
  ['rubric', ['next', 'previous', 'deductFirst', 'deductNth', 'findings', 'note']],
  ['form', ['phrase', 'save', 'cancel']],
  ['findings', ['confirmFinding', 'overrideFinding', 'moveFinding', 'leaveFinding']],
  ['case', ['nextCase', 'submit', 'history', 'help']],
  ['viewer', ['page', 'scroll', 'ends', 'zoom', 'rotate', 'goTo', 'find']],
]

/** The list of keys behind `?`. */
export function KeyboardHelp() {
  const { t } = useTranslation()
  return (
    <div className="keyboard-help" data-testid="keyboard-help">
      {GROUPS.map(([group, keys]) => (
        <section key={group}>
          <Typography.Text strong>{t(`review.keyGroups.${group}`)}</Typography.Text>
          <dl>
            {keys.map((key) => (
              <div key={key} className="keyboard-help-row">
                <dt>
                  <Typography.Text keyboard>{t(`review.keys.${key}.keys`)}</Typography.Text>
                </dt>
                <dd>{t(`review.keys.${key}.does`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
