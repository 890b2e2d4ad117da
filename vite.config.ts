import { vitePlugin as remix } from '@remix-run/dev'
import { defineConfig } from 'vite'
import tsconfigPaths from 'vite-tsconfig-paths'
import remixConfig from './remix.config.js'

export default defineConfig({
  plugins: [remix(remixConfig), tsconfigPaths()],
  server: { hmr: true },
  build: { target: 'es2022' },
  optimizeDeps: { include: ['socket.io-client', 'recharts'] },
})
