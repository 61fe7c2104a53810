import type { ServiceContext } from '../context'
import { AppError } from '../errors'
import { errorMessage } from '../../../../shared/i18n/error-messages'
import { withUpload } from '../uploads'
import type { FilePick } from '../../../../shared/contract/picks'

/** A picked file that could not be taken, with why in the UI language. */
export interface PickFailure {
  fileName: string
  code: string
  message: string
  detail?: string
}

/**
 * Asks the user for files of a kind (the system dialog on the desktop, the page's file chooser and
 * uploads in a browser) and takes each with `take`; one refused file is listed, the others still taken.
 */
export async function takePicked<T>(ctx: ServiceContext, pick: FilePick, task: string, take: (path: string, fileName: string) => Promise<T>) {
  if (!ctx.ports.pickFiles) throw new AppError('desktop_only')
  const picked = await ctx.ports.pickFiles(pick)
  return withUpload(
    ctx.paths.data,
    picked.flatMap((file) => ('path' in file ? [file.path] : [])),
    async () => {
      const locale = await ctx.locale()
      const taken: T[] = []
      const failed: PickFailure[] = []
      for (const [i, file] of picked.entries()) {
        try {
          if ('refused' in file) throw file.refused
          taken.push(await take(file.path, file.fileName))
        } catch (err) {
          if (!(err instanceof AppError)) throw err
          const detail = err.code === 'file_broken' && err.params.detail !== undefined ? { detail: String(err.params.detail) } : {}
          failed.push({ fileName: file.fileName, code: err.code, message: errorMessage(err.code, locale, err.params), ...detail })
        }
        ctx.progress({ task, done: i + 1, total: picked.length })
      }
      return { taken, failed }
    },
  )
}
