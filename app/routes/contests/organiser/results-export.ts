import type { LoaderFunctionArgs } from '@remix-run/node'
import { slugify } from '~/core/contest/slug'
import { audit } from '~/models/audit.server'
import { contestStandingRows, fieldLabels, roundResultRows, unitFilterSet } from '~/models/contests/contest-results.server'
import { roundResultsWorkbook, standingsWorkbook } from '~/models/contests/results-xlsx.server'
import { requireOrganiserContest } from './organiser-contest.server'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Results as XLSX, with the same round and unit filters as the results page. Personal data: organisers only, and logged. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, contest, actor } = await requireOrganiserContest(request, context, params.contestId)
  const db = context.services.db
  const url = new URL(request.url)
  const unitIds = await unitFilterSet(db, user.organisationId, url.searchParams.get('unit') || null)
  const roundParam = url.searchParams.get('round') ?? 'all'
  let body: Buffer
  let name: string
  if (roundParam === 'all') {
    const rounds = contest.rounds.filter((r) => r.status === 'FINALISED').map((r) => ({ id: r.id, title: r.title }))
    body = await standingsWorkbook({ contestTitle: contest.title, rounds, rows: await contestStandingRows(db, contest.id, unitIds) })
    name = `ket-qua-${contest.slug}-toan-cuoc-thi.xlsx`
  } else {
    const round = contest.rounds.find((r) => r.id === roundParam)
    if (!round) throw new Response('Không tìm thấy vòng thi', { status: 404, statusText: 'Not Found' })
    if (round.status !== 'FINALISED') throw new Response('Vòng thi chưa chốt kết quả', { status: 409, statusText: 'Conflict' })
    const { rows } = await roundResultRows(db, round.id, { unitIds })
    body = await roundResultsWorkbook({ contestTitle: contest.title, roundTitle: round.title, fields: fieldLabels(contest.registrationFields), rows })
    name = `ket-qua-${contest.slug}-${slugify(round.title)}.xlsx`
  }
  await audit(db, actor, 'contest.export', 'Contest', contest.id, { round: roundParam, unit: url.searchParams.get('unit') || null })
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
