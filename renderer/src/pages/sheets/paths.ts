/** The address of the printed sheets of a campaign, or of one of its cases; `from` picks a batch of a large campaign. */
export function sheetsPath(campaignId: number, caseId?: number, from = 0): string {
  return `/print/sheets?campaign=${campaignId}${caseId ? `&case=${caseId}` : ''}${from ? `&from=${from}` : ''}`
}
