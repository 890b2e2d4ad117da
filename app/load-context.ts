import type { AppServices } from './utils/services.server'

declare module '@remix-run/node' {
  // Typed loader data for single fetch (Remix v3 behaviour).
  interface Future {
    v3_singleFetch: true
  }

  interface AppLoadContext {
    services: AppServices
    /** Per-request nonce for the Content-Security-Policy. */
    cspNonce: string
    requestId: string
    /** The client's IP as the proxy settings define it, for rate limits. */
    clientIp: string
    /** Token for this browser's CSRF secret; forms send it back. */
    csrfToken: string
    csrfSecret: string
  }
}

export {}
