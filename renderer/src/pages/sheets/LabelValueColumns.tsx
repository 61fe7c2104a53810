/** The columns of a sheet's two-pairs-a-row tables (facts, result): label, value, label, value. */
export function LabelValueColumns() {
  return (
    <colgroup>
      <col style={{ width: '22mm' }} />
      <col />
      <col style={{ width: '22mm' }} />
      <col style={{ width: '50mm' }} />
    </colgroup>
  )
}
