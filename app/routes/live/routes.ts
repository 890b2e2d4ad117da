import { index, route, type RouteConfigEntry } from '@remix-run/route-config'

/** Pages of this feature area; app/routes.ts includes them. Paths are relative to app/. */
export const liveRoutes: RouteConfigEntry[] = [
  // Under the organiser menu (the organiser layout, mounted again with its own id).
  route('organiser/live', 'routes/organiser/layout.tsx', { id: 'routes/live/organiser-layout' }, [
    index('routes/live/sessions.tsx'),
    route('sets', 'routes/live/sets-list.tsx'),
    route('sets/new', 'routes/live/set-edit.tsx', { id: 'routes/live/set-new' }),
    route('sets/:setId', 'routes/live/set-edit.tsx'),
    route(':sessionId', 'routes/live/session-detail.tsx'),
  ]),
  // The saved-set editor's question search (JSON).
  route('organiser/live/sets/search', 'routes/live/set-question-search.ts'),
  // Full-screen pages (handle.bare): the host's controls (phone-friendly), the projector, the players.
  route('organiser/live/:sessionId/host', 'routes/live/host.tsx'),
  route('organiser/live/:sessionId/results.xlsx', 'routes/live/results-xlsx.tsx'),
  route('live/:sessionId/screen', 'routes/live/screen.tsx'),
  route('join', 'routes/live/join.tsx'),
  route('join/:pin', 'routes/live/play.tsx'),
]
