interface FailureTextProps {
  reason: string
  /** The technical reason (often a library's English), folded away under the advice. */
  detail: string
  label: string
}

/** A failure as the reviewer reads it, with the technical detail one click away for support. */
export function FailureText({ reason, detail, label }: FailureTextProps) {
  return (
    <>
      <div>{reason}</div>
      <details style={{ marginTop: 6, fontSize: 12, color: 'rgba(0, 0, 0, 0.45)' }} data-testid="failure-detail">
        <summary style={{ cursor: 'pointer' }}>{label}</summary>
        <code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{detail}</code>
      </details>
    </>
  )
}
