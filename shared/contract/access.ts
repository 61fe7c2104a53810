import type { MethodName } from './index'

/**
 * Who may call a method: anyone (the sign-in and first-start screens), any signed-in account, a
 * lead, or an administrator. An administrator has a lead's rights too: they can reset any password,
 * so pretending otherwise would only hide what they do under someone else's name.
 * The register (cases, their files, imports of cases) is anyone's to keep, as before accounts.
 * Record-level rules (a reviewer changes only their own evaluations) live in the handlers.
 */
export type Access = 'public' | 'signedIn' | 'lead' | 'admin'

const PUBLIC: readonly MethodName[] = [
  'auth.setup', 'auth.signIn', 'auth.signOut',
  'workspace.status', 'workspace.setLocale', 'workspace.loadDemo', 'workspace.startEmpty',
  'backups.health',
]

const LEAD: readonly MethodName[] = [
  'rubrics.publish', 'rubrics.duplicate', 'rubrics.importJson',
  'campaigns.create', 'campaigns.draw', 'campaigns.addCase', 'campaigns.removeCase', 'campaigns.setCaseRubric',
  'campaigns.setOptions', 'campaigns.assign', 'campaigns.reassign', 'campaigns.start', 'campaigns.close', 'campaigns.reopen',
  'evaluations.reopen', 'adjudication.decide',
  'calendar.setOverrides', 'calendar.importOverrides',
  'settings.setDiscretion', 'settings.importDiscretion', 'settings.setDeadlines',
  'people.createSquad', 'people.updateSquad', 'people.reorderSquads', 'people.setSquadActive', 'people.removeSquad',
  'people.createOfficer', 'people.updateOfficer', 'people.setOfficerActive',
  'people.createReviewer', 'people.updateReviewer', 'people.setReviewerActive',
  'bulletin.save', 'bulletin.reset', 'bulletin.setSettings',
  'complaints.setRepeatRule', 'quotas.setTargets',
  'rectification.issue', 'rectification.update', 'rectification.reply', 'rectification.attach', 'rectification.pickAndAttach', 'rectification.verify', 'rectification.remove', 'rectification.followUp',
]

const ADMIN: readonly MethodName[] = [
  'accounts.list', 'accounts.create', 'accounts.update', 'accounts.resetPassword', 'auth.setIdleLock',
  'backups.run', 'backups.configure', 'backups.pickFolder', 'backups.restore', 'backups.retryOpen',
]

const ACCESS = new Map<string, Access>([
  ...PUBLIC.map((m) => [m, 'public'] as const),
  ...LEAD.map((m) => [m, 'lead'] as const),
  ...ADMIN.map((m) => [m, 'admin'] as const),
])

export function accessOf(method: MethodName): Access {
  return ACCESS.get(method) ?? 'signedIn'
}
