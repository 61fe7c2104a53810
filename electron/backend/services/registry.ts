import type { Handlers } from './handler-types'
import { casesHandlers } from './cases/handlers'
import { documentsHandlers } from './documents/handlers'
import { rubricsHandlers } from './rubrics/handlers'
import { campaignsHandlers } from './campaigns/handlers'
import { evaluationsHandlers } from './evaluations/handlers'
import { exportsHandlers } from './exports/handlers'
import { workspaceHandlers } from './workspace/handlers'
import { auditHandlers } from './audit/handlers'
import { checksHandlers } from './checks/handlers'
import { calendarHandlers } from './calendar/handlers'
import { statutesHandlers } from './statutes/handlers'
import { settingsHandlers } from './settings/handlers'
import { adjudicationHandlers } from './adjudication/handlers'
import { peopleHandlers } from './people/handlers'
import { importsHandlers } from './imports/handlers'
import { statisticsHandlers } from './statistics/handlers'
import { sheetsHandlers } from './sheets/handlers'
import { typicalHandlers } from './typical/handlers'
import { rectificationHandlers } from './rectification/handlers'
import { avRecordsHandlers } from './av-records/handlers'
import { complaintsHandlers } from './complaints/handlers'
import { quotasHandlers } from './quotas/handlers'
import { bulletinHandlers } from './bulletin/handlers'
import { backupsHandlers } from './backups/handlers'
import { authHandlers } from './auth/handlers'
import { accountsHandlers } from './accounts/handlers'

/** Every contract method's handler; the type makes a missing or extra one a compile error. */
export const handlers: Handlers = {
  ...casesHandlers,
  ...documentsHandlers,
  ...rubricsHandlers,
  ...campaignsHandlers,
  ...evaluationsHandlers,
  ...exportsHandlers,
  ...workspaceHandlers,
  ...auditHandlers,
  ...checksHandlers,
  ...calendarHandlers,
  ...statutesHandlers,
  ...settingsHandlers,
  ...adjudicationHandlers,
  ...peopleHandlers,
  ...importsHandlers,
  ...statisticsHandlers,
  ...sheetsHandlers,
  ...typicalHandlers,
  ...rectificationHandlers,
  ...avRecordsHandlers,
  ...complaintsHandlers,
  ...quotasHandlers,
  ...bulletinHandlers,
  ...backupsHandlers,
  ...authHandlers,
  ...accountsHandlers,
}
