import { useEffect, useState } from 'react'
import type { SessionFlash } from '~/utils/services.server'
import { Alert } from './ui/alert'

/** One-shot messages set by actions (flash), shown at the top of the next page. */
export function Toast({ toast }: { toast: SessionFlash['toast'] | null | undefined }) {
  const [shown, setShown] = useState(toast)
  useEffect(() => setShown(toast), [toast])
  if (!shown) return null
  return (
    <div className="mx-auto mb-4 max-w-6xl px-4 pt-4">
      <Alert tone={shown.kind === 'error' ? 'error' : shown.kind === 'success' ? 'success' : 'info'}>
        <div className="flex items-start justify-between gap-4">
          <span>{shown.message}</span>
          <button type="button" onClick={() => setShown(undefined)} className="text-current underline" aria-label="Đóng thông báo">
            ×
          </button>
        </div>
      </Alert>
    </div>
  )
}
