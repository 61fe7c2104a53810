import { useState } from 'react'
import { Button, Card, Checkbox, Divider, Flex, Form, Input, Progress, Spin, Typography } from 'antd'
import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { api, subscribeProgress } from '../../api'
import { useFeedback } from '../../components/useFeedback'
import { useWorkspace } from '../../layout/workspace'
import { LanguageSwitch } from '../../layout/LanguageSwitch'
import { navigate } from '../../router/hash'
import { FirstAdminFields } from '../auth/FirstAdminFields'

/** First start: demo data (the default) or an empty workspace. */
export function SetupPage() {
  const { t } = useTranslation()
  const { status, refresh, setLocale } = useWorkspace()
  const { message, fail } = useFeedback()
  const [mode, setMode] = useState<'choose' | 'loadingDemo' | 'empty'>('choose')
  const [starting, setStarting] = useState(false)
  const [generated, setGenerated] = useState<{ done: number; total: number } | null>(null)

  async function loadDemo() {
    setMode('loadingDemo')
    const unsubscribe = subscribeProgress((e) => e.task === 'workspace.loadDemo' && setGenerated(e))
    try {
      const result = await api.call('workspace.loadDemo', {})
      void message.success(t('setup.demoLoaded', { cases: result.cases, documents: result.documents }))
      navigate('/cases', { replace: true })
      await refresh()
    } catch (err) {
      fail(err)
      setMode('choose')
    } finally {
      unsubscribe()
    }
  }

  async function startEmpty({ reviewerName, login, password, withDefaultSquads }: { reviewerName: string; login: string; password: string; withDefaultSquads: boolean }) {
    setStarting(true)
    try {
      await api.call('workspace.startEmpty', { reviewerName, login, password, withDefaultSquads })
      navigate('/cases', { replace: true })
      await refresh()
    } catch (err) {
      fail(err)
      setStarting(false)
    }
  }

  return (
    <Flex className="setup-page" align="center" justify="center">
      <Card className="setup-card" extra={<LanguageSwitch onChange={setLocale} />} title={t('app.name')}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('setup.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>

        {mode === 'loadingDemo' ? (
          <Flex vertical align="center" gap={16} style={{ padding: '32px 0' }} data-testid="demo-loading">
            {generated ? <Progress type="circle" percent={Math.floor((generated.done / Math.max(1, generated.total)) * 100)} size={88} /> : <Spin size="large" />}
            <Typography.Text>{t('setup.loadingDemo')}</Typography.Text>
            {generated && (
              <Typography.Text type="secondary" data-testid="demo-progress">
                {t('setup.generatedFiles', generated)}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          <Flex vertical gap={12}>
            <Button type="primary" size="large" block icon={<DatabaseOutlined />} data-testid="load-demo" onClick={loadDemo} autoFocus>
              {t('setup.loadDemo')}
            </Button>
            <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
              {t('setup.loadDemoHint')}
            </Typography.Text>
            <Divider plain style={{ margin: '8px 0' }} />
            {mode === 'choose' ? (
              <>
                <Button size="large" block icon={<FileAddOutlined />} data-testid="start-empty" onClick={() => setMode('empty')}>
                  {t('setup.startEmpty')}
                </Button>
                <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
                  {t('setup.startEmptyHint')}
                </Typography.Text>
              </>
            ) : (
              <Form layout="vertical" onFinish={startEmpty} requiredMark={false}>
                <Form.Item
                  name="reviewerName"
                  label={t('setup.reviewerName')}
                  rules={[{ required: true, whitespace: true, message: t('setup.reviewerNameRequired') }, { max: 50 }]}
                >
                  <Input placeholder={t('setup.reviewerNamePlaceholder')} autoFocus data-testid="reviewer-name-input" />
                </Form.Item>
                <FirstAdminFields />
                <Form.Item name="withDefaultSquads" valuePropName="checked" initialValue={true} extra={t('people.setup.defaultSquadsHint')}>
                  <Checkbox data-testid="with-default-squads">{t('people.setup.defaultSquads', { count: status.defaultSquadCount })}</Checkbox>
                </Form.Item>
                <Flex gap={8} justify="flex-end">
                  <Button onClick={() => setMode('choose')}>{t('common.cancel')}</Button>
                  <Button type="primary" htmlType="submit" loading={starting} data-testid="start-empty-submit">
                    {t('setup.start')}
                  </Button>
                </Flex>
              </Form>
            )}
          </Flex>
        )}
      </Card>
    </Flex>
  )
}
