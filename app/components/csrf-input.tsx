import { useRouteLoaderData } from '@remix-run/react'
import type { loader as rootLoader } from '~/root'

export function useRootData() {
  return useRouteLoaderData<typeof rootLoader>('root')
}

/** Every form that posts includes this; actions check it with readForm(). */
export function CsrfInput() {
  const data = useRootData()
  return <input type="hidden" name="csrf" value={data?.csrfToken ?? ''} />
}
