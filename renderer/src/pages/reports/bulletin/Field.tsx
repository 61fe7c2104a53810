import type { ReactNode } from 'react'
import { Flex, Typography } from 'antd'

/** A label above its input, with an optional hint below. */
export function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{label}</Typography.Text>
      {children}
      {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
    </Flex>
  )
}
