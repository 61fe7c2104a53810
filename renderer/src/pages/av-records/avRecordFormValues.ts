import type { Dayjs } from 'dayjs'
import type { AvRecordFields, AvRecordSummary } from '../../../../shared/contract/av-records'
import { fromIsoDate, toIsoDate } from '../../format/date'
import { durationOf, durationText } from './duration'

/** What the antd form holds: the date as Dayjs, the duration as typed. */
export interface AvRecordFormValues {
  recordNumber: string
  recordedOn: Dayjs | null
  squadId?: number
  officerIds: number[]
  caseNumber: string
  duration: string
  storage: string
}

export function emptyFormValues(): AvRecordFormValues {
  return { recordNumber: '', recordedOn: null, officerIds: [], caseNumber: '', duration: '', storage: '' }
}

export function formValuesOf(record: AvRecordSummary): AvRecordFormValues {
  return {
    recordNumber: record.recordNumber,
    recordedOn: fromIsoDate(record.recordedOn),
    squadId: record.squadId,
    officerIds: record.officers.map((o) => o.id),
    caseNumber: record.caseNumber,
    duration: record.durationSeconds === null ? '' : durationText(record.durationSeconds),
    storage: record.storage,
  }
}

/** The form's values as avRecords.create / update input (validated fields are present). */
export function avRecordFieldsOf(values: AvRecordFormValues): AvRecordFields {
  return {
    recordNumber: values.recordNumber.trim(),
    recordedOn: toIsoDate(values.recordedOn)!,
    squadId: values.squadId!,
    officerIds: values.officerIds ?? [],
    caseNumber: (values.caseNumber ?? '').trim(),
    durationSeconds: durationOf(values.duration ?? '') ?? null,
    storage: (values.storage ?? '').trim(),
  }
}
