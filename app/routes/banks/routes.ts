import { index, route, type RouteConfigEntry } from '@remix-run/route-config'

/** Pages of this feature area; app/routes.ts includes them. Paths are relative to app/. */
export const banksRoutes: RouteConfigEntry[] = [
  // The organiser layout again (own id), so the bank pages keep the organiser menu.
  route('organiser/banks', 'routes/organiser/layout.tsx', { id: 'routes/banks/organiser-layout' }, [
    index('routes/banks/banks-list.tsx'),
    route(':bankId', 'routes/banks/bank.tsx'),
    route(':bankId/questions/new', 'routes/banks/question-new.tsx'),
    route(':bankId/questions/:questionId', 'routes/banks/question.tsx'),
    route(':bankId/questions/:questionId/edit', 'routes/banks/question-edit.tsx'),
    route(':bankId/import', 'routes/banks/bank-import.tsx'),
    route(':bankId/quality', 'routes/banks/bank-quality.tsx'),
  ]),
  // Files and the print page: no shell.
  route('organiser/banks/template.xlsx', 'routes/banks/import-template.ts'),
  route('organiser/banks/:bankId/export', 'routes/banks/bank-export.ts'),
  route('organiser/banks/:bankId/import/preview', 'routes/banks/import-preview.ts'),
  route('organiser/banks/:bankId/print', 'routes/banks/bank-print.tsx'),
]
