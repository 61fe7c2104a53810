import { useState } from 'react'
import { Button } from 'antd'
import { FileTextOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import type { StatisticsScope } from '../../../../../shared/contract/statistics'
import { BulletinDrawer } from './BulletinDrawer'

/** Opens the 通报 editor for the campaign or period the page shows. */
export function BulletinButton({ scope }: { scope: StatisticsScope }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => setOpen(true)} data-testid="bulletin-open">
        {t('bulletin.open')}
      </Button>
      <BulletinDrawer open={open} scope={scope} onClose={() => setOpen(false)} />
    </>
  )
}
