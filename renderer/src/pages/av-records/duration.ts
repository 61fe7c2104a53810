import { AV_RECORD_LIMITS } from '../../../../shared/contract/av-records'
import { formatDuration } from '../../../../shared/format/duration'
import { parseDuration } from '../../../../shared/domain/imports/values'

/** A record's length as a clock reads; — when unknown. */
export function durationText(seconds: number | null): string {
  return seconds === null ? '—' : formatDuration(seconds)
}

/** What a person types, read as the import reads a cell (12:30, 1:02:05, 12分30秒): seconds, null when blank, undefined when not a duration. */
export function durationOf(text: string): number | null | undefined {
  const parsed = parseDuration(text)
  if (!parsed.ok || (parsed.value ?? 0) > AV_RECORD_LIMITS.durationSeconds) return undefined
  return parsed.value
}
