/**
 * The automatic checks name vetoes by the ordinary-procedure rubric's ids. The other shipped
 * rubrics number theirs differently: this says, per rubric code, what an ordinary id becomes
 * there, or null where that rubric has no such veto. A rubric not named here (an edit or a copy
 * of the ordinary one) keeps the ordinary ids.
 */
const VETO_IDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // 超出法定幅度, 未告知陈述申辩, 无决定书; a summary-procedure case needs no legal review (V8).
  'penalty-simple': { V6: 'V8', V7: 'V6', V10: 'V7' },
  // A compulsory measure has none of the penalty procedure's vetoes the checks look for.
  compulsion: {},
}

export function vetoIdFor(rubricCode: string, ordinaryId: string): string | null {
  const own = VETO_IDS[rubricCode]
  return own ? (own[ordinaryId] ?? null) : ordinaryId
}
