import type { Dayjs } from 'dayjs'
import type { ComplaintFields, ComplaintSummary } from '../../../../shared/contract/complaints'
import { fromIsoDate, toIsoDate } from '../../format/date'

/** What the antd form holds: dates as Dayjs. */
export interface ComplaintFormValues {
  ticketNumber: string
  source: ComplaintFields['source']
  receivedOn: Dayjs | null
  subject: string
  address: string
  party: string
  squadId?: number
  result: string
  closedOn: Dayjs | null
  repliedOn: Dayjs | null
}

export function emptyFormValues(): ComplaintFormValues {
  return { ticketNumber: '', source: 'hotline', receivedOn: null, subject: '', address: '', party: '', result: '', closedOn: null, repliedOn: null }
}

export function formValuesOf(c: ComplaintSummary): ComplaintFormValues {
  return {
    ticketNumber: c.ticketNumber,
    source: c.source,
    receivedOn: fromIsoDate(c.receivedOn),
    subject: c.subject,
    address: c.address,
    party: c.party,
    squadId: c.squadId,
    result: c.result,
    closedOn: fromIsoDate(c.closedOn),
    repliedOn: fromIsoDate(c.repliedOn),
  }
}

/** The form's values as complaints.create / update input (validated fields are present). */
export function complaintFieldsOf(values: ComplaintFormValues): ComplaintFields {
  return {
    ticketNumber: values.ticketNumber.trim(),
    source: values.source,
    receivedOn: toIsoDate(values.receivedOn)!,
    subject: values.subject.trim(),
    address: (values.address ?? '').trim(),
    party: (values.party ?? '').trim(),
    squadId: values.squadId!,
    result: (values.result ?? '').trim(),
    closedOn: toIsoDate(values.closedOn),
    repliedOn: toIsoDate(values.repliedOn),
  }
}
