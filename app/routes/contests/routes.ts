import { index, route, type RouteConfigEntry } from '@remix-run/route-config'

/** Pages of this feature area; app/routes.ts includes them. Paths are relative to app/. */
export const contestsRoutes: RouteConfigEntry[] = [
  // Participants and the public.
  route('contests', 'routes/contests/contests-list.tsx'),
  route('contests/:slug', 'routes/contests/contest-page.tsx'),
  route('contests/:slug/banner', 'routes/contests/contest-banner.ts'),
  route('contests/:slug/stats', 'routes/contests/contest-public-stats.tsx'),
  route('contests/:slug/rounds/:roundId', 'routes/contests/round-page.tsx'),
  route('contests/:slug/rounds/:roundId/leaderboard', 'routes/contests/round-leaderboard.ts'),
  route('contests/:slug/rounds/:roundId/attempt', 'routes/contests/attempt-page.tsx'),
  route('contests/:slug/rounds/:roundId/attempts/:attemptId', 'routes/contests/attempt-review.tsx'),
  route('contests/:slug/rounds/:roundId/results', 'routes/contests/round-public-results.tsx'),
  // Organisers: inside the organiser layout (its menu and role check), as their own branch.
  route('organiser/contests', 'routes/organiser/layout.tsx', { id: 'routes/contests/organiser-layout' }, [
    index('routes/contests/organiser/contests-index.tsx'),
    route('new', 'routes/contests/organiser/contest-new.tsx'),
    route(':contestId', 'routes/contests/organiser/contest-overview.tsx'),
    route(':contestId/edit', 'routes/contests/organiser/contest-edit.tsx'),
    route(':contestId/bank-check', 'routes/contests/organiser/bank-check.ts'),
    route(':contestId/rounds/new', 'routes/contests/organiser/round-new.tsx'),
    route(':contestId/rounds/:roundId', 'routes/contests/organiser/round-edit.tsx'),
    route(':contestId/results', 'routes/contests/organiser/contest-results.tsx'),
    route(':contestId/results.xlsx', 'routes/contests/organiser/results-export.ts'),
    route(':contestId/stats', 'routes/contests/organiser/contest-stats.tsx'),
    route(':contestId/integrity', 'routes/contests/organiser/contest-integrity.tsx'),
    route(':contestId/audit', 'routes/contests/organiser/contest-audit.tsx'),
  ]),
]
