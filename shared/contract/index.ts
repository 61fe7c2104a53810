import { casesContract } from './cases'
import { documentsContract } from './documents'
import { rubricsContract } from './rubrics'
import { campaignsContract } from './campaigns'
import { evaluationsContract } from './evaluations'
import { exportsContract } from './exports'
import { workspaceContract } from './workspace'
import { auditContract } from './audit'
import { checksContract } from './checks'
import { calendarContract } from './calendar'
import { statutesContract } from './statutes'
import { settingsContract } from './settings'
import { adjudicationContract } from './adjudication'
import { peopleContract } from './people'
import { importsContract } from './imports'
import { statisticsContract } from './statistics'
import { sheetsContract } from './sheets'
import { typicalContract } from './typical'
import { rectificationContract } from './rectification'
import { bulletinContract } from './bulletin'
import { backupsContract } from './backups'
import { accountsContract, authContract } from './auth'
import { avRecordsContract } from './av-records'
import { complaintsContract } from './complaints'
import { quotasContract } from './quotas'

/** Every method the renderer may call, by name. */
export const contract = {
  ...casesContract,
  ...documentsContract,
  ...rubricsContract,
  ...campaignsContract,
  ...evaluationsContract,
  ...exportsContract,
  ...workspaceContract,
  ...auditContract,
  ...checksContract,
  ...calendarContract,
  ...statutesContract,
  ...settingsContract,
  ...adjudicationContract,
  ...peopleContract,
  ...importsContract,
  ...statisticsContract,
  ...sheetsContract,
  ...typicalContract,
  ...rectificationContract,
  ...bulletinContract,
  ...backupsContract,
  ...authContract,
  ...accountsContract,
  ...avRecordsContract,
  ...complaintsContract,
  ...quotasContract,
}
export type Contract = typeof contract
export type MethodName = keyof Contract & string
export const METHOD_NAMES = Object.keys(contract) as MethodName[]
