import type { TFunction } from 'i18next'
import { COMPLAINT_SOURCES } from '../../../../shared/contract/complaints'

/** Select options for where a complaint came from, labelled in the UI language. */
export function sourceOptions(t: TFunction) {
  return COMPLAINT_SOURCES.map((value) => ({ value, label: t(`enums.complaintSource.${value}`) }))
}
