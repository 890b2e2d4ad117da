import { index, route, type RouteConfig } from '@remix-run/route-config'
import { banksRoutes } from './routes/banks/routes'
import { certificatesRoutes } from './routes/certificates/routes'
import { contestsRoutes } from './routes/contests/routes'
import { liveRoutes } from './routes/live/routes'

// Every page. Feature areas list theirs in routes/<area>/routes.ts.
export default [
  index('routes/home.tsx'),
  route('login', 'routes/auth/login.tsx'),
  route('register', 'routes/auth/register.tsx'),
  route('logout', 'routes/auth/logout.tsx'),
  route('language', 'routes/language.tsx'),
  route('account', 'routes/auth/account.tsx'),
  route('organiser', 'routes/organiser/layout.tsx', [
    index('routes/organiser/dashboard.tsx'),
    route('units', 'routes/organiser/units.tsx'),
    route('units/import', 'routes/organiser/units-import.tsx'),
  ]),
  ...banksRoutes,
  ...contestsRoutes,
  ...liveRoutes,
  ...certificatesRoutes,
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
