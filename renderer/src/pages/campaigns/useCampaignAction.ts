import { useState } from 'react'
import { useFeedback } from '../../components/useFeedback'

/** Runs a campaign change, shows the server's refusal in its own words, and reloads the page on success. */
export function useCampaignAction(reload: () => void) {
  const { message, modal, fail } = useFeedback()
  const [busy, setBusy] = useState<string | null>(null)
  async function run(key: string, change: () => Promise<unknown>, success?: string): Promise<boolean> {
    setBusy(key)
    try {
      await change()
      if (success) void message.success(success)
      reload()
      return true
    } catch (err) {
      fail(err)
      return false
    } finally {
      setBusy(null)
    }
  }
  return { busy, run, modal }
}
