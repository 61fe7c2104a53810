/** κ to two decimals; "—" where it is undefined. */
export function formatKappa(kappa: number | null): string {
  return kappa === null ? '—' : kappa.toFixed(2)
}

/** A share 0–1 as a percentage with one decimal. */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`
}
