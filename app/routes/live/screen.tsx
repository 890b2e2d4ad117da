import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import QRCode from 'qrcode'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConnectionBadge } from '~/components/live/connection-badge'
import { DistributionChart } from '~/components/live/distribution-chart'
import { FinalPodium } from '~/components/live/final-podium'
import { OPTION_BG, OptionShape, optionIndex, useOptionLabel } from '~/components/live/option-mark'
import { RankedList } from '~/components/live/ranked-list'
import { useLiveSocket, useServerClock, useTicker } from '~/components/live/use-live-socket'
import { cn } from '~/components/ui/cn'
import type { ScreenAttachResult, ScreenMessage } from '~/core/live/contract'
import type { ProjectorView, StandingEntry } from '~/core/live/views'
import { liveFinalStandings } from '~/models/live-results-read.server'
import { getOptionalUser } from '~/utils/auth.server'
import { verifyScreenKey } from '~/utils/live-tokens.server'

export const handle = { bare: true }
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? 'Màn hình chiếu'} · Thi trực tiếp` }]

/** The projector: opened by the host, with the link's key (no login on the hall's computer) or the host's own session. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { db, secrets, publicUrl } = context.services
  const key = new URL(request.url).searchParams.get('key') ?? ''
  const session = await db.liveSession.findUnique({
    where: { id: params.sessionId ?? '' },
    select: { id: true, title: true, pin: true, hostId: true, status: true },
  })
  if (!session) throw new Response('Không tìm thấy phiên thi', { status: 404, statusText: 'Not Found' })
  const keyOk = key !== '' && verifyScreenKey(secrets.session, session.id, key)
  if (!keyOk) {
    const user = await getOptionalUser(request, context)
    // The status text is an HTTP header (Latin-1 only): the Vietnamese message goes in the body.
    if (user?.id !== session.hostId) throw new Response('Đường dẫn màn hình chiếu không hợp lệ', { status: 403, statusText: 'Forbidden' })
  }
  const base = publicUrl.replace(/\/$/, '')
  const common = { gameId: session.id, title: session.title, pin: session.pin, key: keyOk ? key : null, joinHost: `${new URL(base).host}/join` }
  // A stored game is gone from the live engine: its podium comes from PostgreSQL.
  if (session.status === 'ENDED') return { ...common, qrSvg: '', final: await liveFinalStandings(db, session.id) }
  const joinUrl = `${base}/join/${session.pin}`
  // An SVG string made on the server: crisp at any projector size, and no script.
  const qrSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#101828', light: '#ffffff' } })
  return { ...common, qrSvg, final: null }
}

type ScreenData = ReturnType<typeof useLoaderData<typeof loader>>

export default function ProjectorScreen() {
  const data = useLoaderData<typeof loader>()
  if (data.final) {
    return (
      <ScreenFrame title={data.title}>
        <div className="flex flex-1 flex-col justify-center py-6">
          <FinalPodium entries={data.final} />
        </div>
      </ScreenFrame>
    )
  }
  return <LiveProjector data={data} />
}

function ScreenFrame({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col bg-ink-900 px-6 py-4 text-white lg:px-12">
      <header className="flex items-center justify-between gap-4 text-xl lg:text-2xl">
        <h1 className="min-w-0 truncate font-semibold text-white">{title}</h1>
        {aside ? <div className="flex items-center gap-4">{aside}</div> : null}
      </header>
      {children}
    </main>
  )
}

/** The game as it happens, over the socket. */
function LiveProjector({ data }: { data: ScreenData }) {
  const { t } = useTranslation()
  const [view, setView] = useState<ProjectorView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const clock = useServerClock()

  const accept = useCallback(
    (next: ProjectorView, sentAt: number) => {
      clock.learn(sentAt)
      setView((current) => (current && current.step > next.step ? current : next))
    },
    [clock],
  )
  const { status, attach } = useLiveSocket((socket, again) => {
    if (!again) socket.on('live:screen', (m: ScreenMessage) => accept(m.view, m.sentAt))
    void attach<ScreenAttachResult>('live:screen:attach', { gameId: data.gameId, ...(data.key ? { key: data.key } : {}) }).then((ack) => {
      if (!ack) return // superseded by a newer connection
      if ('error' in ack) setError(ack.error.message)
      else {
        setError(null)
        accept(ack.data.view, ack.data.serverNow)
      }
    })
  })

  return (
    <ScreenFrame
      title={data.title}
      aside={
        <>
          {view && view.phase !== 'created' && view.phase !== 'lobby' ? (
            <span className="font-mono">
              {t('live.screen.pin')} <strong className="tracking-widest">{data.pin}</strong>
            </span>
          ) : null}
          <ConnectionBadge status={status} className="text-base" />
        </>
      }
    >
      {error && !view ? <p className="mt-10 text-center text-3xl text-gold-400">{error}</p> : null}
      {/* A stale picture must not pass for the live game: say why it stopped. */}
      {error && view ? (
        <p role="alert" className="mt-4 text-center text-2xl text-gold-400">
          {error}
        </p>
      ) : null}
      <div className="flex flex-1 flex-col justify-center py-6">
        {!view ? (
          <p className="text-center text-3xl text-ink-300">{t('live.host.connecting')}</p>
        ) : view.phase === 'created' || view.phase === 'lobby' ? (
          <Lobby view={view} joinHost={data.joinHost} qrSvg={data.qrSvg} />
        ) : view.phase === 'ended' ? (
          <FinalPodium entries={view.leaderboard?.top ?? view.podium ?? []} />
        ) : view.phase === 'leaderboard' ? (
          <Leaderboard view={view} />
        ) : (
          <Question view={view} now={clock.now} />
        )}
      </div>
    </ScreenFrame>
  )
}

function Lobby({ view, joinHost, qrSvg }: { view: ProjectorView; joinHost: string; qrSvg: string }) {
  const { t } = useTranslation()
  const names = view.lobby?.nicknames ?? []
  return (
    <div className="grid items-center gap-10 lg:grid-cols-[1fr_auto]">
      <div>
        <p className="text-3xl text-ink-300 lg:text-4xl">{t('live.screen.joinAt')}</p>
        <p className="mt-2 break-all text-5xl font-bold lg:text-6xl">{joinHost}</p>
        <p className="mt-8 text-3xl text-ink-300 lg:text-4xl">{t('live.screen.pin')}</p>
        <p className="font-mono text-[min(18vw,12rem)] font-bold leading-none tracking-[0.12em] text-gold-400" data-testid="screen-pin">
          {view.pin}
        </p>
        <p className="mt-6 text-3xl lg:text-4xl" role="status" aria-live="polite">
          {view.phase === 'created' ? t('live.screen.waiting') : view.playerCount === 0 ? t('live.screen.noneYet') : t('live.screen.playersJoined', { count: view.playerCount })}
          {view.lobby?.locked ? <span className="ml-4 text-gold-400">· {t('live.screen.locked')}</span> : null}
        </p>
      </div>
      <figure className="text-center">
        <div
          role="img"
          aria-label={t('live.screen.qrLabel')}
          className="mx-auto w-[min(34vw,24rem)] rounded-2xl bg-white p-4 [&>svg]:h-auto [&>svg]:w-full"
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <figcaption className="mt-3 text-2xl text-ink-300">{t('live.screen.orScan')}</figcaption>
      </figure>
      {names.length > 0 ? (
        <ul className="flex flex-wrap gap-3 lg:col-span-2" aria-label={t('live.screen.playersJoined', { count: view.playerCount })}>
          {names.map((n) => (
            <li key={n} className="rounded-full bg-white/10 px-5 py-2 text-2xl font-medium lg:text-3xl">
              {n}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

function Question({ view, now }: { view: ProjectorView; now: () => number }) {
  const { t } = useTranslation()
  const label = useOptionLabel()
  const q = view.question
  const open = view.phase === 'question' || view.phase === 'paused'
  useTicker(open)
  if (!q) return null
  const remainingMs = q.timer ? (q.timer.paused ? (q.timer.remainingMs ?? 0) : q.timer.deadline - now()) : 0
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000))
  const fraction = q.timer ? Math.max(0, Math.min(1, remainingMs / (q.timeLimitSec * 1000))) : 0
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between text-2xl text-ink-300 lg:text-3xl">
        <span>{t('live.screen.questionOf', { n: q.index + 1, total: view.questionCount })}</span>
        {open ? <span role="status">{t('live.screen.answered', { count: view.answeredCount ?? 0 })}</span> : null}
      </div>
      <h2 className="text-4xl font-semibold leading-tight text-white lg:text-6xl">{q.stem}</h2>
      {open ? (
        <div className="flex items-center gap-6" aria-live="off">
          <span className={cn('w-40 text-center font-mono text-7xl font-bold tabular-nums', seconds <= 5 ? 'text-gold-400' : 'text-white')} data-testid="countdown">
            {seconds}
          </span>
          <div className="h-4 flex-1 overflow-hidden rounded-full bg-white/15" aria-hidden="true">
            <div className="h-full rounded-full bg-gold-400 motion-safe:transition-[width] motion-safe:duration-300" style={{ width: `${fraction * 100}%` }} />
          </div>
          {view.phase === 'paused' ? <span className="text-4xl font-bold text-gold-400">{t('live.screen.paused')}</span> : null}
        </div>
      ) : null}
      {view.reveal ? (
        <div className="grid gap-8 xl:grid-cols-[3fr_2fr]">
          <DistributionChart reveal={view.reveal} options={q.options} size="xl" />
          <div className="space-y-4 text-2xl lg:text-3xl">
            <p>
              <span className="text-ink-300">{t('live.screen.correctMark')}: </span>
              <strong>{q.options.filter((o) => view.reveal?.correctOptionIds.includes(o.id)).map((o) => `${o.id.toUpperCase()}. ${o.text}`).join('; ')}</strong>
            </p>
            {view.reveal.explanation ? (
              <p>
                <span className="text-ink-300">{t('live.screen.explanation')}: </span>
                {view.reveal.explanation}
              </p>
            ) : null}
            <p className="text-gold-400">
              {t('live.screen.source')}: {[view.reveal.source.document, view.reveal.source.article].filter(Boolean).join(', ')}
            </p>
          </div>
        </div>
      ) : view.voided ? (
        <p className="text-4xl text-gold-400">{t('live.screen.voided')}</p>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {q.options.map((o) => (
            <li key={o.id} className={cn('flex min-h-[5.5rem] items-center gap-5 rounded-2xl px-6 py-4 text-3xl font-semibold text-white lg:text-4xl', OPTION_BG[optionIndex(o.id)])}>
              <OptionShape optionId={o.id} className="h-14 w-14" />
              <span className="sr-only">{label(o.id)}:</span>
              <span>{o.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Rank changes are shown as movement: the list first appears in the previous order, then glides to the new one. */
function Leaderboard({ view }: { view: ProjectorView }) {
  const { t } = useTranslation()
  const top = view.leaderboard?.top ?? []
  const [current, setCurrent] = useState(false)
  useEffect(() => {
    setCurrent(false)
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    const id = window.setTimeout(() => setCurrent(true), reduce ? 0 : 900)
    return () => window.clearTimeout(id)
  }, [view.step])
  const byPrevious = [...top].sort((a, b) => (a.prevRank ?? Number.MAX_SAFE_INTEGER) - (b.prevRank ?? Number.MAX_SAFE_INTEGER) || a.rank - b.rank)
  const items = current ? top : byPrevious
  return (
    <div className="grid gap-10 xl:grid-cols-[2fr_1fr]">
      <section>
        <h2 className="mb-6 text-5xl font-bold text-white">{t('live.screen.leaderboard')}</h2>
        {/* A skipped question lands here directly, with no reveal: say why nobody scored. */}
        {view.voided ? (
          <p className="mb-6 text-3xl text-gold-400 lg:text-4xl" role="status">
            {t('live.screen.voided')}
          </p>
        ) : null}
        <RankedList
          items={items}
          keyOf={(e) => e.playerId}
          label={t('live.screen.leaderboard')}
          className="space-y-3"
          itemClassName="flex items-center gap-6 rounded-xl bg-white/10 px-6 py-3 text-3xl lg:text-4xl"
          render={(e: StandingEntry) => (
            <>
              <span className="w-16 text-right font-bold tabular-nums text-gold-400">{current ? e.rank : (e.prevRank ?? '–')}</span>
              <span className="flex-1 truncate font-semibold">{e.nickname}</span>
              {current && e.prevRank !== null && e.prevRank !== e.rank ? (
                <span className={cn('text-2xl', e.prevRank > e.rank ? 'text-ok-50' : 'text-bad-50')} aria-hidden="true">
                  {e.prevRank > e.rank ? `▲${e.prevRank - e.rank}` : `▼${e.rank - e.prevRank}`}
                </span>
              ) : null}
              {/* Scores appear once the rows reach their new places (the old order with new scores would mislead). */}
              <span className={cn('w-40 text-right font-bold tabular-nums motion-safe:transition-opacity', current ? 'opacity-100' : 'opacity-0')}>{e.score}</span>
            </>
          )}
        />
      </section>
      {view.leaderboard?.teams && view.leaderboard.teams.length > 0 ? (
        <section>
          <h2 className="mb-6 text-4xl font-bold text-white">{t('live.screen.teams')}</h2>
          <ol className="space-y-3">
            {view.leaderboard.teams.slice(0, 5).map((team) => (
              <li key={team.unitId} className="flex items-center gap-4 rounded-xl bg-white/10 px-5 py-3 text-2xl lg:text-3xl">
                <span className="font-bold text-gold-400">{team.rank}</span>
                <span className="flex-1 truncate">{team.unitName}</span>
                <span className="font-bold tabular-nums">{team.averageScore}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}
