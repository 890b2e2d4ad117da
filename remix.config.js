// Remix options for the Vite plugin (vite.config.ts passes them to `remix()`).
// The classic compiler is never used: build with `remix vite:build`.
/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
  appDirectory: 'app',
  buildDirectory: 'build',
  serverModuleFormat: 'esm',
  ignoredRouteFiles: ['**/*.test.{ts,tsx}', '**/.*'],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
    v3_routeConfig: true,
  },
  // Without it a cold dev start re-optimises socket.io-client and breaks hydration.
  unstable_optimizeDeps: true,
}
