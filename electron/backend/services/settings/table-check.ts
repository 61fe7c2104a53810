import { stat } from 'node:fs/promises'
import type { Locale } from '../../../../shared/contract/workspace'
import { IMPORT_LIMITS } from '../../../../shared/contract/imports'
import { TABLE_LIMIT_TEXT } from '../../../../shared/i18n/import-text'
import { AppError } from '../errors'

/** Refuses what is not a regular file within IMPORT_LIMITS by its directory entry alone; a refusal says the limit. */
export async function checkTableFile(path: string, fileName: string, locale: Locale): Promise<void> {
  const limits = TABLE_LIMIT_TEXT[locale]
  const info = await stat(path).catch(() => Promise.reject(new AppError('file_unreadable', { fileName })))
  if (!info.isFile()) throw new AppError('import_invalid', { fileName, detail: limits.notFile })
  const max = IMPORT_LIMITS.megabytes * 1024 * 1024
  if (info.size > max) throw new AppError('import_invalid', { fileName, detail: limits.tooLarge({ size: (info.size / 1024 / 1024).toFixed(1), max: IMPORT_LIMITS.megabytes }) })
}
