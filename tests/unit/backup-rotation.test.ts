import { describe, expect, it } from 'vitest'
import { backupDay, backupName, BACKUP_NAME } from '../../shared/domain/backups/names'
import { backupsToDelete } from '../../shared/domain/backups/rotation'

describe('backup names', () => {
  it('are the local date and time, with a counter for a second one in the same second', () => {
    const at = new Date(2024, 0, 5, 7, 8, 9)
    expect(backupName(at)).toBe('2024-01-05_07-08-09')
    expect(backupName(at, 1)).toBe('2024-01-05_07-08-09-2')
    expect(backupDay('2024-01-05_07-08-09-2')).toBe('2024-01-05')
    expect(BACKUP_NAME.test('../2024-01-05_07-08-09')).toBe(false)
    expect(backupDay('files')).toBeNull()
  })
})

describe('rotation', () => {
  const b = (name: string, reason = 'daily') => ({ name, reason })

  it('keeps the newest backup of each of the most recent days', () => {
    const all = [
      b('2024-03-01_09-00-00'),
      b('2024-03-01_17-00-00', 'close'),
      b('2024-03-02_09-00-00', 'manual'),
      b('2024-03-04_09-00-00'),
      b('2024-03-04_09-00-00-2', 'close'),
      b('2024-03-04_12-00-00'),
    ]
    expect(backupsToDelete(all, 2)).toEqual(['2024-03-01_09-00-00', '2024-03-01_17-00-00', '2024-03-04_09-00-00', '2024-03-04_09-00-00-2'])
    expect(backupsToDelete(all, 14)).toEqual(['2024-03-01_09-00-00', '2024-03-04_09-00-00', '2024-03-04_09-00-00-2'])
  })

  it('never deletes a backup written before a campaign closed, nor the newest one', () => {
    const all = [b('2023-12-30_18-00-00', 'campaign_close'), b('2024-01-02_09-00-00'), b('2024-01-03_09-00-00')]
    expect(backupsToDelete(all, 1)).toEqual(['2024-01-02_09-00-00'])
    expect(backupsToDelete(all, 0)).toEqual(['2024-01-02_09-00-00'])
  })
})
