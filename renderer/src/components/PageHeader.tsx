import type { ReactNode } from 'react'
import { Breadcrumb, Flex, Typography } from 'antd'
import { href } from '../router/hash'

interface PageHeaderProps {
  title: ReactNode
  /** The last breadcrumb when the title is not plain text. */
  crumb?: string
  /** Where this page sits, e.g. [{ label: '案件', to: '/cases' }]. */
  trail?: { label: string; to: string }[]
  tags?: ReactNode
  extra?: ReactNode
}

export function PageHeader({ title, crumb, trail, tags, extra }: PageHeaderProps) {
  return (
    <div className="page-header">
      {trail && trail.length > 0 && (
        <Breadcrumb items={[...trail.map((c) => ({ title: <a href={href(c.to)}>{c.label}</a> })), { title: crumb ?? title }]} />
      )}
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </div>
  )
}
