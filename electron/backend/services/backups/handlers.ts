import { stat } from 'node:fs/promises'
import type { DomainHandlers } from '../handler-types'
import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { appendAudit } from '../audit/log'
import { actorName } from '../auth/actor'
import { listBackups } from './catalog'
import type { WorkspaceControl } from './control'
import { probeWritable, usableBackupFolder } from './operations'
import { backupFolderOf, defaultBackupFolder, readBackupSettings, writeBackupSettings } from './settings'

function control(ctx: ServiceContext): WorkspaceControl {
  if (!ctx.backups) throw new Error('backups need the app host')
  return ctx.backups
}

async function overview(ctx: ServiceContext) {
  const settings = await readBackupSettings(ctx.paths.data)
  const folder = backupFolderOf(ctx.paths.data, settings)
  let folderProblem: string | null = null
  // A chosen folder that is not there is a drive not plugged in; the default appears with the first backup.
  if (settings.folder !== null) folderProblem = await stat(folder).then((s) => (s.isDirectory() ? null : 'ENOTDIR'), (err: NodeJS.ErrnoException) => err.code ?? err.message)
  const backups = await listBackups(folder).catch((err: NodeJS.ErrnoException) => {
    folderProblem = err.code ?? err.message
    return []
  })
  return {
    folder,
    defaultFolder: defaultBackupFolder(ctx.paths.data),
    keepDays: settings.keepDays,
    lastBackupAt: backups[0]?.createdAt ?? null,
    backups,
    folderProblem,
  }
}

export const backupsHandlers: DomainHandlers<'backups'> = {
  'backups.health': async (ctx) => control(ctx).health(),

  'backups.overview': async (ctx) => overview(ctx),

  'backups.run': async (ctx) => control(ctx).backup('manual', actorName(ctx)),

  'backups.configure': async (ctx, { folder, keepDays }) => {
    const name = actorName(ctx)
    const before = await readBackupSettings(ctx.paths.data)
    const after = { folder, keepDays }
    // A folder that is not there or cannot be written is refused now, not at tonight's backup.
    await probeWritable(ctx.paths, (await usableBackupFolder(ctx.paths, after)).folder)
    await writeBackupSettings(ctx.paths.data, after)
    if (control(ctx).health().state === 'open') {
      await ctx.db.transaction().execute((trx) => appendAudit(trx, ctx.now(), { actor: name, action: 'backup.configure', entity: 'backup', entityId: null, before, after }))
    }
    return overview(ctx)
  },

  'backups.pickFolder': async (ctx) => {
    if (!ctx.ports.pickFolder) throw new AppError('desktop_only')
    return { folder: await ctx.ports.pickFolder() }
  },

  'backups.restore': async (ctx, { name }) => control(ctx).restore(name, actorName(ctx)),

  'backups.retryOpen': async (ctx) => control(ctx).retryOpen(),
}
