import { statements as initial } from './0001-initial'
import { statements as viewerState } from './0002-viewer-state'
import { statements as checksAndCalendar } from './0003-checks-and-calendar'
import { statements as campaignWorkflow } from './0004-campaign-workflow'
import { statements as meetingOutputs } from './0005-meeting-outputs'
import { statements as auditAnchors } from './0006-audit-anchors'
import { statements as changeIds } from './0007-change-ids'
import { statements as accounts } from './0008-accounts'
import { statements as keySlots } from './0009-key-slots'
import { statements as rectification } from './0010-rectification'
import { statements as partyTokens } from './0011-party-tokens'
import { statements as avRecordsAndComplaints } from './0012-av-records-and-complaints'
import { statements as campaignTargets } from './0013-campaign-targets'
import { statements as complaintTokens } from './0014-complaint-tokens'

export interface Migration {
  id: string
  statements: readonly string[]
  /** Rebuilds a table that others reference: runs with foreign keys off, checked before commit. */
  rebuildsTables?: boolean
}

/** The fixed, ordered registry. Never edit an entry that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { id: '0001-initial', statements: initial },
  { id: '0002-viewer-state', statements: viewerState },
  { id: '0003-checks-and-calendar', statements: checksAndCalendar },
  { id: '0004-campaign-workflow', statements: campaignWorkflow, rebuildsTables: true },
  { id: '0005-meeting-outputs', statements: meetingOutputs },
  { id: '0006-audit-anchors', statements: auditAnchors },
  { id: '0007-change-ids', statements: changeIds },
  { id: '0008-accounts', statements: accounts },
  { id: '0009-key-slots', statements: keySlots },
  { id: '0010-rectification', statements: rectification },
  { id: '0011-party-tokens', statements: partyTokens },
  { id: '0012-av-records-and-complaints', statements: avRecordsAndComplaints },
  { id: '0013-campaign-targets', statements: campaignTargets, rebuildsTables: true },
  { id: '0014-complaint-tokens', statements: complaintTokens },
]
