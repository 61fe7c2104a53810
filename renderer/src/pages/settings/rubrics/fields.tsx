import type { ReactNode } from 'react'
import { Form, Input, InputNumber } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RubricPath } from '../../../../../shared/domain/rubric-validation'
import { useDraftEditing, useIssueText } from './context'
import { fieldId } from './issues'

interface FieldProps {
  path: RubricPath
  label?: ReactNode
  extra?: ReactNode
  className?: string
  children: ReactNode
}

/** A labelled slot that shows, in red beneath it, whatever the rubric's validation says about `path`. */
export function Field({ path, label, extra, className, children }: FieldProps) {
  const problem = useIssueText(path)
  return (
    <Form.Item className={className} label={label} htmlFor={fieldId(path)} extra={extra} validateStatus={problem ? 'error' : undefined} help={problem || undefined}>
      {children}
    </Form.Item>
  )
}

interface TextFieldProps extends Omit<FieldProps, 'children'> {
  value: string | undefined
  /** An optional text is absent, not empty, when cleared. */
  optional?: boolean
  /** Wraps a long text in a narrow column instead of cutting it off; still one line of data. */
  wrap?: boolean
  placeholder?: string
}

export function TextField({ path, value, optional, wrap, placeholder, ...field }: TextFieldProps) {
  const { update } = useDraftEditing()
  const change = (text: string) => update(path, optional && text === '' ? undefined : text)
  return (
    <Field path={path} {...field}>
      {wrap ? (
        <Input.TextArea id={fieldId(path)} value={value ?? ''} placeholder={placeholder} autoSize={{ minRows: 1 }} onChange={(e) => change(e.target.value.replace(/\n/g, ''))} />
      ) : (
        <Input id={fieldId(path)} value={value ?? ''} placeholder={placeholder} onChange={(e) => change(e.target.value)} />
      )}
    </Field>
  )
}

interface PointsFieldProps extends Omit<FieldProps, 'children'> {
  value: number | null
  placeholder?: string
}

export function PointsField({ path, value, placeholder, ...field }: PointsFieldProps) {
  const { t } = useTranslation()
  const { update } = useDraftEditing()
  return (
    <Field path={path} {...field}>
      <InputNumber
        id={fieldId(path)}
        value={value}
        placeholder={placeholder}
        suffix={t('settings.rubrics.pointsUnit')}
        style={{ width: '100%' }}
        onChange={(v) => update(path, typeof v === 'number' ? v : null)}
      />
    </Field>
  )
}
