import { Flex, Spin } from 'antd'

export function CenteredSpin({ description }: { description?: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240, height: '100%' }}>
      <Spin size="large" description={description} />
    </Flex>
  )
}
