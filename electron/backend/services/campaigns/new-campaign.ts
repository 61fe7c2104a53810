import { toTenths } from '../../../../shared/domain/rubric'

interface NewCampaign {
  name: string
  kind: 'monthly' | 'centralized' | 'special' | 'follow_up'
  rubricId: number
  startsOn: string | null
  endsOn: string | null
  doubleReview: boolean
  tolerance: number
}

/** A new campaign's row: a draft, its review options as stored. */
export function newCampaignRow(input: NewCampaign, now: string) {
  return {
    name: input.name,
    kind: input.kind,
    rubricId: input.rubricId,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    status: 'draft' as const,
    doubleReview: input.doubleReview ? 1 : 0,
    toleranceTenths: toTenths(input.tolerance),
    createdAt: now,
  }
}
