import { AV_RECORD_LIMITS } from '../../../../shared/contract/av-records'
import { COMPLAINT_LIMITS } from '../../../../shared/contract/complaints'
import { AV_RECORD_IMPORT_FIELDS, COMPLAINT_IMPORT_FIELDS } from '../../../../shared/domain/imports/fields'
import type { DataKey } from '../keys/data-key'
import { equalityKey, searchTokens, sealText } from '../keys/sealed-text'
import { inChunks, type Directory } from './directory'
import type { ImportRecord } from './plan'
import type { KeyedKind } from './plan-keyed'

export type RegisterTarget = 'avRecords' | 'complaints'
type Values = Record<string, string | number | null>

/**
 * What importing one of the other registers needs to know of it: its fields, the field that names
 * a row (unique in the register), how stored rows read as import records, and how a record is
 * stored (a complaint's address and party sealed, with their keys for the repeat rule).
 */
export interface RegisterKind extends KeyedKind {
  key: 'recordNumber' | 'ticketNumber'
  bounds: { field: string; max: number }[]
  /** Dates that may not come before another one of the record. */
  notBefore?: { field: string; earliest: string }[]
  /** The given fields of a record, by column; `dir` resolves the squad. */
  columns(fields: string[], record: ImportRecord, dir: Directory, keys: DataKey): Values
  updateAction: { action: 'av_record.import_update'; entity: 'av_record' } | { action: 'complaint.import_update'; entity: 'complaint' }
  /** Whether the audit's sides hold personal data, to be sealed. */
  personal: boolean
}

const squadName = (dir: Directory, id: number) => dir.squadNames.get(id) ?? null
const text = (v: ImportRecord[string] | undefined) => (v === null || v === undefined ? '' : String(v))

export const REGISTERS: Record<RegisterTarget, RegisterKind> = {
  avRecords: {
    fields: AV_RECORD_IMPORT_FIELDS,
    key: 'recordNumber',
    required: ['recordNumber', 'recordedOn', 'squad'],
    bounds: [
      { field: 'recordNumber', max: AV_RECORD_LIMITS.recordNumber },
      { field: 'caseNumber', max: AV_RECORD_LIMITS.caseNumber },
      { field: 'storage', max: AV_RECORD_LIMITS.storage },
    ],
    defaults: { officers: [], caseNumber: null, duration: null, storage: null },
    async load(db, keys, dir) {
      const rows = await inChunks(keys, (chunk) =>
        db.selectFrom('avRecords').select(['id', 'recordNumber', 'recordedOn', 'squadId', 'caseNumber', 'durationSeconds', 'storage']).where('recordNumber', 'in', chunk).execute(),
      )
      const links = await inChunks(
        rows.map((r) => r.id),
        (chunk) => db.selectFrom('avRecordOfficers').select(['avRecordId', 'officerId']).where('avRecordId', 'in', chunk).orderBy('position').execute(),
      )
      return new Map(
        rows.map((r) => [
          r.recordNumber,
          {
            id: r.id,
            record: {
              recordNumber: r.recordNumber,
              recordedOn: r.recordedOn,
              squad: squadName(dir, r.squadId),
              officers: links.filter((l) => l.avRecordId === r.id).map((l) => dir.officerNames.get(l.officerId) ?? String(l.officerId)),
              caseNumber: r.caseNumber || null,
              duration: r.durationSeconds,
              storage: r.storage || null,
            },
          },
        ]),
      )
    },
    columns(fields, record, dir) {
      const values: Values = {}
      for (const f of fields) {
        if (f === 'squad') values.squadId = dir.squad(text(record.squad))
        else if (f === 'duration') values.durationSeconds = (record.duration as number | null) ?? null
        else if (f === 'caseNumber' || f === 'storage') values[f] = text(record[f])
        else if (f !== 'officers') values[f] = (record[f] ?? null) as string | null
      }
      return values
    },
    updateAction: { action: 'av_record.import_update', entity: 'av_record' },
    personal: false,
  },
  complaints: {
    fields: COMPLAINT_IMPORT_FIELDS,
    key: 'ticketNumber',
    required: ['ticketNumber', 'receivedOn', 'subject', 'squad'],
    bounds: (['ticketNumber', 'subject', 'address', 'party', 'result'] as const).map((field) => ({ field, max: COMPLAINT_LIMITS[field] })),
    notBefore: [
      { field: 'closedOn', earliest: 'receivedOn' },
      { field: 'repliedOn', earliest: 'receivedOn' },
    ],
    defaults: { complaintSource: 'hotline', address: null, party: null, result: null, closedOn: null, repliedOn: null },
    async load(db, keys, dir) {
      const rows = await inChunks(keys, (chunk) =>
        db
          .selectFrom('complaints')
          .select(['id', 'ticketNumber', 'source', 'receivedOn', 'subject', 'address', 'party', 'squadId', 'result', 'closedOn', 'repliedOn'])
          .where('ticketNumber', 'in', chunk)
          .execute(),
      )
      return new Map(
        rows.map(({ id, source, squadId, address, party, result, ...r }) => [
          r.ticketNumber,
          { id, record: { ...r, complaintSource: source, squad: squadName(dir, squadId), address: address || null, party: party || null, result: result || null } },
        ]),
      )
    },
    columns(fields, record, dir, keys) {
      const values: Values = {}
      for (const f of fields) {
        if (f === 'squad') values.squadId = dir.squad(text(record.squad))
        else if (f === 'complaintSource') values.source = text(record.complaintSource) || 'hotline'
        else if (f === 'address' || f === 'party') {
          const key = keys.get()
          values[f] = sealText(key, text(record[f]))
          values[`${f}Key`] = equalityKey(key, text(record[f]))
          values.searchTokens = searchTokens(key, `${text(record.address)} ${text(record.party)}`)
        } else if (f === 'result') values.result = text(record.result)
        else values[f] = (record[f] ?? null) as string | null
      }
      return values
    },
    updateAction: { action: 'complaint.import_update', entity: 'complaint' },
    personal: true,
  },
}
