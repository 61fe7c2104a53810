import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storageError } from '../../electron/backend/services/storage-errors'
import { errorMessage } from '../../shared/i18n/error-messages'

const DATA = join('/home', 'lead', '.case-desk')
const BACKUPS = join('/media', 'usb', '备份')
/** What Node and node-sqlite3 throw: a message with `code` and, from the file system, `path`. */
const systemError = (code: string, path?: string) => Object.assign(new Error(`${code}: ${path ?? ''}`), { code, ...(path ? { path } : {}) })

describe('read-only folders and full disks', () => {
  it('name the folder and what to do, in both languages', () => {
    const readOnly = storageError(systemError('SQLITE_READONLY'), DATA)!
    expect([readOnly.code, readOnly.params]).toEqual(['folder_read_only', { folder: DATA }])
    expect(errorMessage(readOnly.code, 'zh-CN', readOnly.params)).toMatch(/^无法写入文件夹“\/home\/lead\/\.case-desk”：.*请让管理员开放写入权限/)
    expect(errorMessage(readOnly.code, 'en', readOnly.params)).toMatch(/Ask your administrator for write access/)

    const full = storageError(systemError('ENOSPC', join(BACKUPS, '2024-03-01_09-00-00', 'review-desk.sqlite')), DATA, [DATA, BACKUPS])!
    expect([full.code, full.params]).toEqual(['disk_full', { folder: join(BACKUPS, '2024-03-01_09-00-00') }])
    expect(errorMessage(full.code, 'zh-CN', full.params)).toContain('磁盘已满')
    expect(storageError(systemError('SQLITE_FULL'), DATA)!.code).toBe('disk_full')
  })

  it('count a refused write in the data or backup folder, not a file the user chose elsewhere', () => {
    expect(storageError(systemError('EACCES', join(DATA, 'files', 'ab')), DATA)!.params).toEqual({ folder: join(DATA, 'files') })
    expect(storageError(systemError('EROFS', join(BACKUPS, 'files', '.incoming-1')), DATA, [DATA, BACKUPS])!.code).toBe('folder_read_only')
    expect(storageError(systemError('EACCES', join('/home', 'lead', 'scans', 'a.pdf')), DATA)).toBeNull()
    expect(storageError(systemError('EACCES', `${DATA}-other/x`), DATA)).toBeNull()
    expect(storageError(systemError('ENOENT', join(DATA, 'x')), DATA)).toBeNull()
    expect(storageError(new Error('plain'), DATA)).toBeNull()
  })
})
