import type { ReactNode } from 'react'
import { Button, Drawer, Flex } from 'antd'
import { useTranslation } from 'react-i18next'

interface EditDrawerProps {
  open: boolean
  title: string
  size: number
  saving: boolean
  onClose: () => void
  onSave: () => void
  saveTestId: string
  children: ReactNode
}

/** A drawer holding one record's form, with 取消 / 保存 at its foot. */
export function EditDrawer({ open, title, size, saving, onClose, onSave, saveTestId, children }: EditDrawerProps) {
  const { t } = useTranslation()
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={size}
      destroyOnHidden
      title={title}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave} data-testid={saveTestId}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {children}
    </Drawer>
  )
}
