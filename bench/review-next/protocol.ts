import type { DocumentInfo } from '../../shared/contract/documents'

/** The app's process is ready: the review screen and the bench's viewer page, each on a bridge of its own over the same services. */
export interface Ready {
  kind: 'ready'
  appOrigin: string
  viewerOrigin: string
  token: string
  campaignName: string
  /** The long queue, in order, and the first document of each case (what its review opens on). */
  assignmentIds: number[]
  documents: DocumentInfo[]
}

export type Request = { kind: 'close' }
