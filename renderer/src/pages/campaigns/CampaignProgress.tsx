import { Flex, Progress, Typography } from 'antd'

export function CampaignProgress({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100)
  return (
    <Flex align="center" gap={8}>
      <Progress percent={percent} size="small" showInfo={false} style={{ width: 120, margin: 0 }} />
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {done} / {total}
      </Typography.Text>
    </Flex>
  )
}
