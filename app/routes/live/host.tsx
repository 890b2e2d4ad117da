import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConnectionBadge } from '~/components/live/connection-badge'
import { DistributionChart } from '~/components/live/distribution-chart'
import { OPTION_BG, OptionShape, optionIndex, useOptionLabel } from '~/components/live/option-mark'
import { RankedList } from '~/components/live/ranked-list'
import { useLiveSocket, useServerClock, useTicker } from '~/components/live/use-live-socket'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { cn } from '~/components/ui/cn'
import type { HostCommandType } from '~/core/live/commands'
import type { HostAttachResult, HostMessage } from '~/core/live/contract'
import type { HostView } from '~/core/live/views'
import { getLiveSession } from '~/models/live-sessions.server'
import { screenKey } from '~/utils/live-tokens.server'
import { requireOrganiser } from '~/utils/organiser.server'

export const handle = { bare: true }
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Điều khiển: ${data?.title ?? ''} · Thi trực tiếp` }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context, ['ORGANISER', 'HOST'])
  const { db, secrets, publicUrl } = context.services
  const session = await getLiveSession(db, user.organisationId, params.sessionId ?? '')
  if (!session) throw new Response('Không tìm thấy phiên thi', { status: 404, statusText: 'Not Found' })
  // Only the session's own host drives it (the socket checks the same on every command).
  if (session.hostId !== user.id) throw new Response('Chỉ người điều khiển phiên này mới mở được bảng điều khiển', { status: 403, statusText: 'Forbidden' })
  if (session.status === 'ENDED') throw redirect(`/organiser/live/${session.id}`)
  return {
    gameId: session.id,
    title: session.title,
    pin: session.pin,
    joinUrl: `${publicUrl.replace(/\/$/, '')}/join/${session.pin}`,
    screenPath: `/live/${session.id}/screen?key=${screenKey(secrets.session, session.id)}`,
  }
}

/** Commands that move the game on carry the step the host saw, so a double tap does not skip a question. */
const STEPPED = new Set<HostCommandType>(['openLobby', 'start', 'next', 'endTimerEarly', 'pause', 'resume', 'skip', 'end'])

export default function HostControls() {
  const { t } = useTranslation()
  const { gameId, title, pin, joinUrl, screenPath } = useLoaderData<typeof loader>()
  const [view, setView] = useState<HostView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const clock = useServerClock()
  const optionLabel = useOptionLabel()

  const accept = useCallback(
    (next: HostView, sentAt: number) => {
      clock.learn(sentAt)
      // Messages from two processes may cross; the game's version only grows.
      setView((current) => (current && current.version > next.version ? current : next))
    },
    [clock],
  )

  const { status, request, attach } = useLiveSocket((socket, again) => {
    if (!again) socket.on('live:host', (m: HostMessage) => accept(m.view, m.sentAt))
    void attach<HostAttachResult>('live:host:attach', { gameId }).then((ack) => {
      if (!ack) return // superseded by a newer connection
      if ('error' in ack) setError(ack.error.message)
      else {
        setError(null)
        accept(ack.data.view, ack.data.serverNow)
      }
    })
  })

  const send = async (type: HostCommandType, extra: Record<string, unknown> = {}) => {
    if (!view) return
    setBusy(true)
    const ack = await request<HostAttachResult>('live:host:command', {
      gameId,
      command: { type, ...extra, ...(STEPPED.has(type) ? { expectedStep: view.step } : {}) },
    })
    setBusy(false)
    if ('error' in ack) setError(ack.error.message)
    else {
      setError(null)
      accept(ack.data.view, ack.data.serverNow)
    }
  }

  const confirmThen = (message: string, type: HostCommandType, extra?: Record<string, unknown>) => {
    if (window.confirm(message)) void send(type, extra)
  }

  const allowed = new Set(view?.allowedCommands ?? [])
  const q = view?.question ?? null
  const open = view?.phase === 'question' || view?.phase === 'paused'
  useTicker(open)
  const remaining = q?.timer ? Math.max(0, Math.ceil((q.timer.paused ? (q.timer.remainingMs ?? 0) : q.timer.deadline - clock.now()) / 1000)) : null
  const isLast = view ? view.question?.index === view.questionCount - 1 : false

  let primary: { type: HostCommandType; label: string } | null = null
  if (view) {
    if (view.phase === 'created') primary = { type: 'openLobby', label: t('live.host.openLobby') }
    else if (view.phase === 'lobby') primary = { type: 'start', label: t('live.host.start') }
    else if (open) primary = { type: 'next', label: t('live.host.closeQuestion') }
    else if (view.phase === 'reveal') primary = { type: 'next', label: t('live.host.showLeaderboard') }
    else if (view.phase === 'leaderboard') primary = { type: 'next', label: isLast ? t('live.host.finish') : t('live.host.nextQuestion') }
  }

  return (
    <main className="mx-auto min-h-screen max-w-3xl space-y-4 bg-ink-50 p-4 pb-16">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <Link to="/organiser/live" className="text-sm">
          ← {t('live.host.back')}
        </Link>
        <ConnectionBadge status={status} />
      </header>
      <h1 className="text-2xl">{t('live.host.title', { title })}</h1>
      <section className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t('live.host.phase')}>
        <Stat label="PIN" value={<span className="font-mono tracking-widest">{pin}</span>} />
        <Stat label={t('live.host.phase')} value={view ? t(`live.phase.${view.phase}`) : '…'} />
        <Stat label={t('live.host.players')} value={view?.playerCount ?? '…'} />
        <Stat label={t('live.host.answered')} value={open && view ? `${view.answeredCount ?? 0}/${view.playerCount}` : '—'} />
      </section>
      <p className="text-sm text-ink-700">
        <a href={screenPath} target="_blank" rel="noreferrer" className="font-medium underline">
          {t('live.host.screenLink')} ↗
        </a>{' '}
        · <span className="break-all">{joinUrl}</span>
        {view?.lobbyLocked ? <strong className="ml-2 text-warn-700">· {t('live.host.locked')}</strong> : null}
      </p>

      {error ? <Alert tone="error">{error}</Alert> : null}
      {!view ? <p role="status">{t('live.host.connecting')}</p> : null}

      {view && view.phase === 'ended' ? (
        <Alert tone="success">
          {t('live.host.ended')}{' '}
          <Link to={`/organiser/live/${gameId}`} className="font-semibold">
            {t('live.host.viewResults')}
          </Link>
        </Alert>
      ) : null}

      {view && primary ? (
        <Button
          size="lg"
          className="w-full text-xl"
          disabled={busy || !allowed.has(primary.type)}
          onClick={() => void send(primary.type)}
          data-primary-command={primary.type}
        >
          {primary.label}
        </Button>
      ) : null}

      {view && view.phase !== 'ended' ? (
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {view.phase === 'paused' ? (
            <Button variant="secondary" disabled={busy || !allowed.has('resume')} onClick={() => void send('resume')}>
              {t('live.host.resume')}
            </Button>
          ) : (
            <Button variant="secondary" disabled={busy || !allowed.has('pause')} onClick={() => void send('pause')}>
              {t('live.host.pause')}
            </Button>
          )}
          <Button variant="secondary" disabled={busy || !allowed.has('endTimerEarly')} onClick={() => void send('endTimerEarly')}>
            {t('live.host.endTimer')}
          </Button>
          <Button variant="secondary" disabled={busy || !allowed.has('skip')} onClick={() => confirmThen(t('live.host.confirmSkip'), 'skip')}>
            {t('live.host.skip')}
          </Button>
          {view.lobbyLocked ? (
            <Button variant="secondary" disabled={busy || !allowed.has('unlockLobby')} onClick={() => void send('unlockLobby')}>
              {t('live.host.unlock')}
            </Button>
          ) : (
            <Button variant="secondary" disabled={busy || !allowed.has('lockLobby')} onClick={() => void send('lockLobby')}>
              {t('live.host.lock')}
            </Button>
          )}
          <Button variant="danger" className="col-span-2 sm:col-span-1" disabled={busy || !allowed.has('end')} onClick={() => confirmThen(t('live.host.confirmEnd'), 'end')}>
            {t('live.host.end')}
          </Button>
        </div>
      ) : null}

      {view && q ? (
        <section className="rounded-xl border border-ink-200 bg-white p-4" aria-label={t('live.host.questionOf', { n: q.index + 1, total: view.questionCount })}>
          <p className="flex items-center justify-between text-sm font-medium text-ink-600">
            <span>{t('live.host.questionOf', { n: q.index + 1, total: view.questionCount })}</span>
            {remaining !== null ? <span className="text-2xl font-bold text-ink-900 tabular-nums" data-testid="host-countdown">{remaining}s</span> : null}
          </p>
          <p className="mt-2 text-lg font-medium">{q.stem}</p>
          {view.reveal ? (
            <div className="mt-4">
              <DistributionChart reveal={view.reveal} options={q.options} />
            </div>
          ) : (
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {q.options.map((o) => (
                <li key={o.id} className={cn('flex items-center gap-2 rounded-lg p-2 text-white', OPTION_BG[optionIndex(o.id)])}>
                  <OptionShape optionId={o.id} className="h-5 w-5" />
                  <span className="sr-only">{optionLabel(o.id)}:</span>
                  {o.text}
                </li>
              ))}
            </ul>
          )}
          {view.voided ? <Alert tone="warning" className="mt-3">{t('live.screen.voided')}</Alert> : null}
        </section>
      ) : null}

      {view ? (
        <section className="rounded-xl border border-ink-200 bg-white p-4">
          <h2 className="mb-2 text-lg">{t('live.host.recentPlayers')}</h2>
          {view.recentPlayers.length === 0 ? (
            <p className="text-ink-600">{t('live.host.noPlayers')}</p>
          ) : (
            <ul className="divide-y divide-ink-100">
              {view.recentPlayers.map((p) => (
                <li key={p.playerId} className="flex items-center justify-between gap-2 py-1.5">
                  <span className="min-w-0 truncate">
                    {p.nickname}
                    {p.unitName ? <span className="text-sm text-ink-600"> · {p.unitName}</span> : null}
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy || !allowed.has('kick')}
                    onClick={() => confirmThen(t('live.host.confirmKick', { name: p.nickname }), 'kick', { playerId: p.playerId })}
                    aria-label={`${t('live.host.kick')}: ${p.nickname}`}
                  >
                    {t('live.host.kick')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {view.kickedCount > 0 ? <p className="mt-2 text-sm text-ink-600">{t('live.host.kickedCount', { count: view.kickedCount })}</p> : null}
        </section>
      ) : null}

      {view && view.standings.top.length > 0 ? (
        <section className="rounded-xl border border-ink-200 bg-white p-4">
          <h2 className="mb-2 text-lg">{t('live.host.standings')}</h2>
          <RankedList
            items={view.standings.top}
            keyOf={(e) => e.playerId}
            className="divide-y divide-ink-100"
            itemClassName="flex items-center justify-between py-1.5"
            render={(e) => (
              <>
                <span>
                  <strong className="mr-2 tabular-nums">{e.rank}.</strong>
                  {e.nickname}
                </span>
                <span className="font-medium tabular-nums">{e.score}</span>
              </>
            )}
          />
        </section>
      ) : null}
      <p className="text-center">
        <Link to={`/organiser/live/${gameId}`} className={buttonClass('ghost', 'sm')}>
          {t('live.sessions.details')}
        </Link>
      </p>
    </main>
  )
}

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="rounded-lg border border-ink-200 bg-white p-3">
      <p className="text-xs font-medium uppercase tracking-wide text-ink-600">{label}</p>
      <p className="mt-1 text-xl font-semibold">{value}</p>
    </div>
  )
}
