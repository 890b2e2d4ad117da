import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import { cn } from './cn'

const control =
  'block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-ink-900 placeholder:text-ink-500 min-h-[44px] aria-[invalid=true]:border-bad-700 border-ink-300'

type Common = { label: ReactNode; hint?: ReactNode; errors?: string[] | string | null; className?: string }

function FieldShell({ id, label, hint, errors, className, children }: Common & { id: string; children: ReactNode }) {
  const list = typeof errors === 'string' ? [errors] : (errors ?? [])
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink-700">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-600">
          {hint}
        </p>
      ) : null}
      {list.length > 0 ? (
        <ul id={`${id}-error`} className="text-sm text-bad-700" role="alert">
          {list.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function describedBy(id: string, hint: unknown, errors: unknown) {
  const ids = [hint ? `${id}-hint` : '', errors && (Array.isArray(errors) ? errors.length : true) ? `${id}-error` : '']
  return ids.filter(Boolean).join(' ') || undefined
}

function hasErrors(errors: Common['errors']) {
  return Array.isArray(errors) ? errors.length > 0 : Boolean(errors)
}

export function TextField({ label, hint, errors, className, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fallback = useId()
  const fieldId = id ?? fallback
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} className={className}>
      <input
        id={fieldId}
        className={control}
        aria-invalid={hasErrors(errors) || undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        {...input}
      />
    </FieldShell>
  )
}

export function TextAreaField({ label, hint, errors, className, id, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fallback = useId()
  const fieldId = id ?? fallback
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} className={className}>
      <textarea
        id={fieldId}
        className={cn(control, 'min-h-[96px]')}
        aria-invalid={hasErrors(errors) || undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        {...input}
      />
    </FieldShell>
  )
}

export function SelectField({
  label,
  hint,
  errors,
  className,
  id,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const fallback = useId()
  const fieldId = id ?? fallback
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} className={className}>
      <select
        id={fieldId}
        className={control}
        aria-invalid={hasErrors(errors) || undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  )
}
