import type { LoaderFunctionArgs } from '@remix-run/node'

// Any unknown URL: a real 404 rendered by the root error boundary.
export function loader(_: LoaderFunctionArgs) {
  throw new Response('Not found', { status: 404 })
}

export default function NotFound() {
  return null
}
