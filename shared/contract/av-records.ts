import { z } from 'zod'
import { domain, method } from './define'
import { freeText, id, isoDate, ok, pageRequest, visibleText } from './common'
import { exportResult } from './exports'

/** 执法全过程记录: the register of audio/video recordings of enforcement (body cameras). */
export const AV_RECORD_LIMITS = { recordNumber: 100, caseNumber: 64, storage: 500, officers: 10, durationSeconds: 24 * 3600 } as const

export const avRecordFields = z.object({
  /** The recording's number or file name, as the recorders' system gives it: unique. */
  recordNumber: visibleText(AV_RECORD_LIMITS.recordNumber),
  recordedOn: isoDate,
  squadId: id,
  officerIds: z.array(id).max(AV_RECORD_LIMITS.officers).default([]),
  /** The case it belongs to, if any, as the register writes it. */
  caseNumber: freeText(AV_RECORD_LIMITS.caseNumber).default(''),
  durationSeconds: z.number().int().min(0).max(AV_RECORD_LIMITS.durationSeconds).nullable().default(null),
  /** Where the recording is kept: a storage server's path, a disc's label. */
  storage: freeText(AV_RECORD_LIMITS.storage).default(''),
})
export type AvRecordFields = z.output<typeof avRecordFields>

const officerRef = z.object({ id, name: z.string(), badgeNumber: z.string() })

/** The video attached to a record, kept sealed in the store as the scans are. */
export const avVideo = z.object({ sha256: z.string(), fileName: z.string(), mime: z.string(), byteSize: z.number().int() })

export const avRecordSummary = avRecordFields.omit({ officerIds: true }).extend({
  id,
  squadName: z.string(),
  officers: z.array(officerRef),
  /** The register's case of that number, when there is one. */
  caseId: id.nullable(),
  video: avVideo.nullable(),
})
export type AvRecordSummary = z.output<typeof avRecordSummary>

export const avRecordDetail = avRecordSummary.extend({ officerIds: z.array(id), createdAt: z.string(), updatedAt: z.string() })
export type AvRecordDetail = z.output<typeof avRecordDetail>

export const avRecordListQuery = pageRequest.extend({
  /** Part of the record's number, its case number or its storage. */
  search: z.string().trim().max(100).optional(),
  squadIds: z.array(id).max(200).optional(),
  officerId: id.optional(),
  /** The records of one case, by its number as written. */
  caseNumber: z.string().trim().min(1).max(AV_RECORD_LIMITS.caseNumber).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
})
export type AvRecordListQuery = z.input<typeof avRecordListQuery>

export const avRecordsContract = domain('avRecords', {
  list: method(avRecordListQuery, z.object({ total: z.number().int(), items: z.array(avRecordSummary) })),
  get: method(z.object({ id }), avRecordDetail),
  create: method(avRecordFields, avRecordDetail),
  update: method(z.object({ id, fields: avRecordFields }), avRecordDetail),
  remove: method(z.object({ id }), ok),
  /** Attaches the recording's video file (MP4 and the like), sealed in the store. */
  attachVideo: method(z.object({ id, path: z.string().min(1).max(4096) }), avRecordDetail),
  /** Asks for the video file (the system dialog, or the page's file chooser) and attaches it; null when cancelled. */
  pickVideo: method(z.object({ id }), avRecordDetail.nullable()),
  detachVideo: method(z.object({ id }), avRecordDetail),
  /** A plain copy of the video in the exports folder, handed to the user: for a player of this PC when the app cannot play it. */
  saveVideo: method(z.object({ id }), exportResult),
})
