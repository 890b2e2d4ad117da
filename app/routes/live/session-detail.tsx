import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Alert } from '~/components/ui/alert'
import { buttonClass } from '~/components/ui/button'
import { Card, EmptyState, PageHeader } from '~/components/ui/card'
import { liveResults } from '~/models/live-results-read.server'
import { getLiveSession } from '~/models/live-sessions.server'
import { createSetFromSession } from '~/models/question-sets.server'
import { CsrfInput } from '~/components/csrf-input'
import { readForm } from '~/utils/csrf.server'
import { redirectWithToast } from '~/utils/toast.server'
import { screenKey } from '~/utils/live-tokens.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { StatusBadge } from './status-badge'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.session.title ?? 'Phiên thi'} · Thi trực tiếp` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const { db, secrets } = context.services
  const session = await getLiveSession(db, user.organisationId, params.sessionId ?? '')
  if (!session) throw new Response('Không tìm thấy phiên thi', { status: 404, statusText: 'Not Found' })
  const isHost = session.hostId === user.id
  return {
    session: {
      id: session.id,
      title: session.title,
      pin: session.pin,
      status: session.status,
      hostName: session.host.fullName,
      questionCount: session.questionVersionIds.length,
    },
    isHost,
    // The projector link carries a key so the hall's computer needs no login; only the host sees it.
    screenPath: isHost ? `/live/${session.id}/screen?key=${screenKey(secrets.session, session.id)}` : null,
    results: session.status === 'ENDED' ? await liveResults(db, session.id) : null,
  }
}

/** "Lưu thành bộ câu hỏi": the session's questions, in their order, become a saved set to edit or run again. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const formData = await readForm(request, context)
  if (formData.get('intent') !== 'save-as-set') throw new Response('Thao tác không hợp lệ', { status: 400, statusText: 'Bad Request' })
  const saved = await createSetFromSession(context.services.db, user, params.sessionId ?? '')
  if (!saved) throw new Response('Không tìm thấy phiên thi', { status: 404, statusText: 'Not Found' })
  if (!saved.ok) {
    return redirectWithToast(request, context, `/organiser/live/${params.sessionId}`, { kind: 'error', message: saved.message })
  }
  return redirectWithToast(request, context, `/organiser/live/sets/${saved.id}`, {
    kind: 'success',
    message: `Đã lưu ${saved.count} câu hỏi của phiên thành bộ “${saved.name}”. Bạn có thể sửa thứ tự hoặc thêm bớt câu hỏi.`,
  })
}

export default function LiveSessionDetail() {
  const { t } = useTranslation()
  const { session, isHost, screenPath, results } = useLoaderData<typeof loader>()
  const navigation = useNavigation()
  const savingSet = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'save-as-set'
  return (
    <div>
      <PageHeader
        title={session.title}
        lead={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={session.status} /> {t('live.sessions.questions', { count: session.questionCount })} · {t('live.sessions.hostedBy', { name: session.hostName })}
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <Form method="post">
              <CsrfInput />
              <button type="submit" name="intent" value="save-as-set" className={buttonClass('secondary')} disabled={savingSet}>
                {t('live.detail.saveAsSet')}
              </button>
            </Form>
            {results ? (
              <a href={`/organiser/live/${session.id}/results.xlsx`} className={buttonClass('secondary')} download>
                {t('live.detail.exportXlsx')}
              </a>
            ) : null}
          </div>
        }
      />
      {session.status !== 'ENDED' ? (
        <Card className="mb-6 space-y-4">
          <p className="text-lg">
            {t('live.detail.pin')}: <strong className="font-mono text-2xl tracking-widest">{session.pin}</strong>
          </p>
          {isHost && screenPath ? (
            <>
              <div className="flex flex-wrap gap-2">
                <Link to={`/organiser/live/${session.id}/host`} className={buttonClass('primary')}>
                  {t('live.detail.openHost')}
                </Link>
                <a href={screenPath} target="_blank" rel="noreferrer" className={buttonClass('secondary')}>
                  {t('live.detail.openScreen')}
                </a>
              </div>
              <p className="text-sm text-ink-600">{t('live.detail.screenHint')}</p>
            </>
          ) : (
            <Alert>{t('live.detail.notYours', { name: session.hostName })}</Alert>
          )}
        </Card>
      ) : null}

      {!results ? (
        <EmptyState title={t('live.detail.noResults')} />
      ) : (
        <div className="space-y-6">
          <Card>
            <h2 className="text-xl">{t('live.detail.perQuestion')}</h2>
            <ul className="mt-4 space-y-3">
              {results.perQuestion.map((q) => {
                const rate = q.answered ? Math.round((q.correct / q.answered) * 100) : 0
                return (
                  <li key={q.index}>
                    <p className="text-sm text-ink-700">
                      <strong>{t('live.detail.question', { n: q.index + 1 })}.</strong> {q.stem}
                    </p>
                    <div className="mt-1 flex items-center gap-3">
                      <div className="h-3 flex-1 overflow-hidden rounded-full bg-ink-100" aria-hidden="true">
                        <div className="h-full rounded-full bg-ok-700" style={{ width: `${rate}%` }} />
                      </div>
                      <span className="w-44 text-right text-sm text-ink-700">
                        {q.answered ? `${t('live.detail.correctRate', { rate })} (${q.correct}/${q.answered})` : t('live.detail.noAnswers')}
                      </span>
                    </div>
                  </li>
                )
              })}
            </ul>
          </Card>

          {results.teams.length > 0 ? (
            <Card>
              <h2 className="mb-3 text-xl">{t('live.detail.teams')}</h2>
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead className="border-b border-ink-200 text-ink-600">
                    <tr>
                      <th className="py-2 pr-3">{t('live.detail.rank')}</th>
                      <th className="py-2 pr-3">{t('live.detail.unit')}</th>
                      <th className="py-2 pr-3 text-right">{t('live.detail.members')}</th>
                      <th className="py-2 text-right">{t('live.detail.average')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.teams.map((team, i) => (
                      <tr key={team.unitId} className="border-b border-ink-100">
                        <td className="py-2 pr-3">{i + 1}</td>
                        <td className="py-2 pr-3">{team.unitName}</td>
                        <td className="py-2 pr-3 text-right">{team.members}</td>
                        <td className="py-2 text-right font-medium">{team.averageScore}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
          ) : null}

          <Card>
            <h2 className="text-xl">{t('live.detail.ranking')}</h2>
            <p className="mb-3 text-sm text-ink-600">
              {t('live.sessions.players', { count: results.playerCount })}
              {results.playerCount > results.players.length ? ` · ${t('live.detail.rankingHint')}` : ''}
            </p>
            {results.players.length === 0 ? (
              <p className="text-ink-600">{t('live.detail.noPlayers')}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead className="border-b border-ink-200 text-ink-600">
                    <tr>
                      <th className="py-2 pr-3">{t('live.detail.rank')}</th>
                      <th className="py-2 pr-3">{t('live.detail.nickname')}</th>
                      <th className="py-2 pr-3">{t('live.detail.account')}</th>
                      <th className="py-2 pr-3">{t('live.detail.unit')}</th>
                      <th className="py-2 pr-3 text-right">{t('live.detail.score')}</th>
                      <th className="py-2 pr-3 text-right">{t('live.detail.correct')}</th>
                      <th className="py-2 text-right">{t('live.detail.time')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.players.map((p) => (
                      <tr key={p.id} className="border-b border-ink-100">
                        <td className="py-2 pr-3 font-medium">{p.rank ?? '—'}</td>
                        <td className="py-2 pr-3">{p.nickname}</td>
                        <td className="py-2 pr-3">{p.fullName ?? '—'}</td>
                        <td className="py-2 pr-3">{p.unitName ?? '—'}</td>
                        <td className="py-2 pr-3 text-right font-medium">{p.score}</td>
                        <td className="py-2 pr-3 text-right">{p.correctCount}</td>
                        <td className="py-2 text-right">{p.seconds}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </div>
      )}
    </div>
  )
}
