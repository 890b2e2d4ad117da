import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ConnectionBadge } from '~/components/live/connection-badge'
import { OPTION_BG, OptionShape, optionIndex, useOptionLabel } from '~/components/live/option-mark'
import { isTransient } from '~/components/live/retry-transient'
import { useLiveSocket, useServerClock, useTicker, type LiveClientSocket } from '~/components/live/use-live-socket'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { cn } from '~/components/ui/cn'
import { SelectField, TextField } from '~/components/ui/field'
import { pinSchema, type AnswerResult, type FinalSummary, type JoinResult, type MeMessage, type RejoinResult, type StateMessage } from '~/core/live/contract'
import type { PersonalView, PublicView } from '~/core/live/views'
import { getOptionalUser } from '~/utils/auth.server'
import { isLimited, limit, waitInWords } from '~/utils/rate-limit.server'
import { requireLiveEngine } from '~/utils/live-engine.server'
import { mergeMe } from './merge-me'

export const handle = { bare: true }
export const meta: MetaFunction<typeof loader> = ({ data: d }) => [{ title: `${d && 'title' in d ? d.title : 'Thi trực tiếp'} · Thi Pháp Luật` }]

/** /join/<pin>, also the QR code's target. Looking a PIN up costs a point of livePinPerIp only when it is wrong. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const pin = params.pin ?? ''
  if (!pinSchema.safeParse(pin).success) return data({ problem: 'notFound' as const, pin, wait: '' }, { status: 404 })
  const blocked = await isLimited(context, 'livePinPerIp', context.clientIp)
  if (!blocked.ok) return data({ problem: 'tooMany' as const, pin, wait: waitInWords(blocked.retryAfterSeconds) }, { status: 429 })
  const gameId = await requireLiveEngine(context).findGameByPin(pin)
  const { db } = context.services
  const session = gameId ? await db.liveSession.findUnique({ where: { id: gameId }, select: { id: true, title: true, settings: true, organisationId: true } }) : null
  if (!gameId || !session) {
    const spent = await limit(context, 'livePinPerIp', context.clientIp)
    return spent.ok
      ? data({ problem: 'notFound' as const, pin, wait: '' }, { status: 404 })
      : data({ problem: 'tooMany' as const, pin, wait: waitInWords(spent.retryAfterSeconds) }, { status: 429 })
  }
  const teamMode = (session.settings as { teamMode?: unknown } | null)?.teamMode === true
  const [user, units] = await Promise.all([
    getOptionalUser(request, context),
    teamMode ? db.unit.findMany({ where: { organisationId: session.organisationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [],
  ])
  const userUnit = user?.unitId ? await db.unit.findUnique({ where: { id: user.unitId }, select: { name: true } }) : null
  return {
    problem: null,
    pin,
    gameId: session.id,
    title: session.title,
    teamMode,
    units,
    user: user ? { fullName: user.fullName, unitName: userUnit?.name ?? null, hasUnit: Boolean(user.unitId) } : null,
  }
}

const tokenKey = (gameId: string) => `tpl-live:${gameId}`
type RequestFn = ReturnType<typeof useLiveSocket>['request']
type AttachFn = ReturnType<typeof useLiveSocket>['attach']

export default function PlayLive() {
  const loaded = useLoaderData<typeof loader>()
  if (loaded.problem) return <PinProblem problem={loaded.problem} pin={loaded.pin} wait={loaded.wait} />
  return <Player {...loaded} />
}

function PinProblem({ problem, pin, wait }: { problem: 'notFound' | 'tooMany'; pin: string; wait: string }) {
  const { t } = useTranslation()
  return (
    <main className="flex min-h-screen items-center justify-center bg-brand-800 p-4">
      <div className="w-full max-w-sm space-y-4 rounded-2xl bg-white p-6">
        <h1 className="text-2xl">{t('live.join.title')}</h1>
        <Alert tone="error">{problem === 'tooMany' ? t('live.join.tooMany', { wait }) : t('live.join.notFound', { pin })}</Alert>
        <Link to="/join" className={buttonClass('primary', 'lg', 'w-full')}>
          {t('live.join.otherPin')}
        </Link>
      </div>
    </main>
  )
}

type PlayerProps = Exclude<ReturnType<typeof useLoaderData<typeof loader>>, { problem: 'notFound' | 'tooMany' }>

function Player({ pin, gameId, title, teamMode, units, user }: PlayerProps) {
  const { t } = useTranslation()
  const [state, setState] = useState<PublicView | null>(null)
  const [me, setMe] = useState<PersonalView | null>(null)
  const [final, setFinal] = useState<FinalSummary | null>(null)
  const [kicked, setKicked] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [joining, setJoining] = useState(false)
  const [restoring, setRestoring] = useState(true)
  const clock = useServerClock()

  const acceptState = useCallback(
    (view: PublicView, sentAt: number) => {
      clock.learn(sentAt)
      setState((current) => (current && current.step > view.step ? current : view))
    },
    [clock],
  )

  const rejoin = useCallback(
    async (attachFn: AttachFn) => {
      const token = window.sessionStorage.getItem(tokenKey(gameId))
      if (!token) {
        setRestoring(false)
        return
      }
      const ack = await attachFn<RejoinResult>('live:rejoin', { token })
      // Superseded by a newer connection, whose own rejoin decides.
      if (!ack) return
      setRestoring(false)
      if ('error' in ack) {
        // Still busy when this connection ended: the next connection asks again.
        if (isTransient(ack)) return
        window.sessionStorage.removeItem(tokenKey(gameId))
        if (ack.error.code === 'identity_kicked') setKicked(ack.error.message)
        else setFormError(ack.error.message)
        setMe(null)
        setState(null)
        return
      }
      if ('final' in ack.data) {
        setFinal(ack.data.final)
        return
      }
      const { me: mine, ...view } = ack.data.view
      acceptState(view, ack.data.serverNow)
      setMe(mine)
    },
    [gameId, acceptState],
  )

  const { status, request, attach } = useLiveSocket((socket: LiveClientSocket, again) => {
    if (!again) {
      socket.on('live:state', (m: StateMessage) => acceptState(m.view, m.sentAt))
      socket.on('live:me', (m: MeMessage) => setMe((current) => mergeMe(current, m.me)))
      socket.on('live:kicked', (m) => {
        window.sessionStorage.removeItem(tokenKey(gameId))
        setKicked(m.message)
      })
    }
    // Every (re)connection: come back as the same player, with score and place (asked again while the server is busy).
    void rejoin(attach)
  })

  const join = async (nickname: string, unitId: string, asUser: boolean) => {
    setJoining(true)
    setFormError(null)
    const ack = await request<JoinResult>('live:join', { pin, nickname, ...(unitId ? { unitId } : {}), ...(asUser ? { asUser: true } : {}) })
    setJoining(false)
    if ('error' in ack) {
      setFormError(ack.error.message)
      return
    }
    window.sessionStorage.setItem(tokenKey(gameId), ack.data.token)
    const { me: mine, ...view } = ack.data.view
    acceptState(view, ack.data.serverNow)
    setMe(mine)
  }

  const shell = (body: ReactNode) => (
    <main className="flex min-h-[100dvh] flex-col bg-ink-50">
      <header className="flex items-center justify-between gap-2 bg-brand-800 px-4 py-3 text-white">
        <div className="min-w-0">
          <p className="truncate text-sm opacity-90">{title}</p>
          {me ? (
            <p className="truncate font-semibold" data-testid="me">
              {me.nickname} · {t('live.play.score', { count: me.score })}
            </p>
          ) : null}
        </div>
        <ConnectionBadge status={status} className="shrink-0 text-xs" />
      </header>
      <div className="flex flex-1 flex-col p-4">{body}</div>
    </main>
  )

  if (kicked) {
    return shell(
      <div className="m-auto max-w-sm space-y-4 text-center">
        <Alert tone="error">{kicked}</Alert>
        <Link to="/join" className={buttonClass('primary', 'lg', 'w-full')}>
          {t('live.play.playAgain')}
        </Link>
      </div>,
    )
  }
  if (final) return shell(<FinalCard summary={final} />)
  if (!me || !state) {
    return shell(
      restoring && status !== 'offline' ? (
        <p role="status" className="m-auto text-ink-600">
          {t('live.connection.connecting')}
        </p>
      ) : (
        <JoinForm teamMode={teamMode} units={units} user={user} error={formError} joining={joining} onJoin={join} />
      ),
    )
  }
  return shell(<Playing state={state} me={me} now={clock.now} request={request} onAnswered={(a) => setMe((m) => (m ? { ...m, answer: a } : m))} />)
}

function JoinForm({ teamMode, units, user, error, joining, onJoin }: {
  teamMode: boolean
  units: { id: string; name: string }[]
  user: PlayerProps['user']
  error: string | null
  joining: boolean
  onJoin: (nickname: string, unitId: string, asUser: boolean) => void
}) {
  const { t } = useTranslation()
  const [asUser, setAsUser] = useState(Boolean(user))
  const [nicknameError, setNicknameError] = useState<string | null>(null)
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const form = new FormData(e.currentTarget)
    const nickname = String(form.get('nickname') ?? '').trim()
    if (nickname.length < 2) {
      setNicknameError('Biệt danh phải có ít nhất 2 ký tự.')
      return
    }
    setNicknameError(null)
    onJoin(nickname, String(form.get('unitId') ?? ''), asUser)
  }
  const needsUnit = teamMode && !(asUser && user?.hasUnit)
  return (
    <form onSubmit={submit} className="mx-auto mt-4 w-full max-w-sm space-y-4" noValidate>
      <h1 className="text-2xl">{t('live.join.title')}</h1>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField
        label={t('live.join.nickname')}
        hint={t('live.join.nicknameHint')}
        name="nickname"
        required
        maxLength={40}
        autoComplete="nickname"
        defaultValue={user?.fullName ?? ''}
        errors={nicknameError}
      />
      {user ? (
        <label className="flex min-h-[44px] items-start gap-3">
          <input type="checkbox" checked={asUser} onChange={(e) => setAsUser(e.currentTarget.checked)} className="mt-1 h-5 w-5" />
          <span>{t('live.join.asUser', { name: user.fullName })}</span>
        </label>
      ) : (
        <p className="text-sm text-ink-600">
          {t('live.join.signInHint')} <Link className="font-medium underline" to={`/login?redirectTo=${encodeURIComponent(typeof window === 'undefined' ? '/join' : window.location.pathname)}`}>{t('live.join.signIn')}</Link>
        </p>
      )}
      {needsUnit ? (
        <SelectField label={t('live.join.unit')} name="unitId" required defaultValue="">
          <option value="">{t('live.join.chooseUnit')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Button type="submit" size="lg" className="w-full" disabled={joining}>
        {joining ? t('live.join.joining') : t('live.join.enter')}
      </Button>
    </form>
  )
}

function Playing({ state, me, now, request, onAnswered }: {
  state: PublicView
  me: PersonalView
  now: () => number
  request: RequestFn
  onAnswered: (answer: { questionIndex: number; optionIds: string[] }) => void
}) {
  const { t } = useTranslation()
  const label = useOptionLabel()
  const [chosen, setChosen] = useState<string[]>([])
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const q = state.question
  const open = state.phase === 'question'
  useTicker(open || state.phase === 'paused')
  const questionIndex = q?.index ?? -1
  const lastIndex = useRef(questionIndex)
  useEffect(() => {
    if (lastIndex.current !== questionIndex) {
      lastIndex.current = questionIndex
      setChosen([])
      setError(null)
    }
  }, [questionIndex])

  const answered = me.answer && me.answer.questionIndex === questionIndex ? me.answer : null
  const remainingMs = q?.timer ? (q.timer.paused ? (q.timer.remainingMs ?? 0) : q.timer.deadline - now()) : 0
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000))
  const timeUp = open && remainingMs <= 0

  const send = async (optionIds: string[]) => {
    if (!q || sending || answered) return
    setSending(true)
    setError(null)
    const ack = await request<AnswerResult>('live:answer', { questionIndex: q.index, optionIds })
    setSending(false)
    if ('error' in ack) setError(ack.error.message)
    else onAnswered({ questionIndex: ack.data.questionIndex, optionIds: ack.data.optionIds })
  }

  if (state.phase === 'created' || state.phase === 'lobby') {
    return (
      <div className="m-auto max-w-sm space-y-3 text-center" role="status">
        <p className="text-2xl font-semibold">{t('live.play.waitingStart')}</p>
        <p className="text-4xl font-bold text-brand-700">{me.nickname}</p>
        {me.unitName ? <p className="text-ink-600">{me.unitName}</p> : null}
        <p className="text-ink-600">{t('live.play.lookAtScreen')}</p>
      </div>
    )
  }
  if (state.phase === 'ended') {
    return (
      <FinalCard
        summary={{ gameId: state.gameId, nickname: me.nickname, score: me.score, rank: me.rank, correctCount: me.correctCount, questionCount: state.questionCount, playerCount: state.playerCount }}
        teamRank={me.teamRank}
      />
    )
  }
  if (!q) return null

  const header = (
    <div className="mb-3 flex items-center justify-between text-sm font-medium text-ink-700">
      <span>{t('live.play.questionOf', { n: q.index + 1, total: state.questionCount })}</span>
      {open || state.phase === 'paused' ? (
        <span className={cn('rounded-full px-3 py-1 text-base font-bold tabular-nums', seconds <= 5 ? 'bg-bad-50 text-bad-700' : 'bg-white text-ink-900')} data-testid="phone-countdown">
          {t('live.play.secondsLeft', { count: seconds })}
        </span>
      ) : null}
    </div>
  )

  if (state.phase === 'question' || state.phase === 'paused') {
    const multiple = q.type === 'multiple'
    const disabled = Boolean(answered) || sending || timeUp || state.phase === 'paused'
    return (
      <div className="flex flex-1 flex-col">
        {header}
        <h2 className="mb-4 text-lg font-semibold leading-snug">{q.stem}</h2>
        {state.phase === 'paused' ? <Alert tone="warning" className="mb-3">{t('live.play.paused')}</Alert> : null}
        {answered ? (
          <Alert tone="success" className="mb-3">
            {t('live.play.answered')}
          </Alert>
        ) : timeUp ? (
          <Alert tone="warning" className="mb-3">
            {t('live.play.timeUp')}
          </Alert>
        ) : multiple ? (
          <p className="mb-3 text-sm text-ink-700">{t('live.play.chooseMany')}</p>
        ) : null}
        {error ? <Alert tone="error" className="mb-3">{error}</Alert> : null}
        <div className="grid flex-1 auto-rows-fr grid-cols-1 gap-3 min-[380px]:grid-cols-2" role="group" aria-label={q.stem}>
          {q.options.map((o) => {
            const picked = answered ? answered.optionIds.includes(o.id) : chosen.includes(o.id)
            return (
              <button
                key={o.id}
                type="button"
                disabled={disabled}
                aria-pressed={multiple || answered ? picked : undefined}
                onClick={() => (multiple ? setChosen((c) => (c.includes(o.id) ? c.filter((x) => x !== o.id) : [...c, o.id])) : void send([o.id]))}
                className={cn(
                  'flex min-h-[88px] items-center gap-3 rounded-2xl px-4 py-3 text-left text-lg font-semibold text-white shadow-sm transition-transform active:scale-[0.98] disabled:cursor-not-allowed',
                  OPTION_BG[optionIndex(o.id)],
                  (answered || disabled) && !picked && 'opacity-40',
                  picked && 'ring-4 ring-ink-900 ring-offset-2',
                )}
                data-option={o.id}
              >
                <OptionShape optionId={o.id} className="h-9 w-9" />
                <span className="sr-only">{label(o.id)}:</span>
                <span>{o.text}</span>
              </button>
            )
          })}
        </div>
        {multiple && !answered ? (
          <Button size="lg" className="mt-4 w-full" disabled={disabled || chosen.length === 0} onClick={() => void send(chosen)}>
            {sending ? t('live.play.sending') : t('live.play.send')}
          </Button>
        ) : null}
      </div>
    )
  }

  // Reveal and leaderboard: this player's own result, the right option, and their place.
  const result = me.result?.questionIndex === q.index ? me.result : null
  const correctIds = state.reveal?.correctOptionIds ?? []
  return (
    <div className="m-auto w-full max-w-sm space-y-4 text-center" role="status" aria-live="polite">
      {header}
      {state.voided ? (
        <Alert tone="warning">{t('live.play.voided')}</Alert>
      ) : result ? (
        <div className={cn('rounded-2xl p-6 text-white', result.correct ? 'bg-ok-700' : 'bg-bad-700')} data-testid="result">
          <p className="text-3xl font-bold">{result.answered ? (result.correct ? t('live.play.correct') : t('live.play.wrong')) : t('live.play.noAnswer')}</p>
          <p className="mt-2 text-2xl">{t('live.play.points', { count: result.points })}</p>
        </div>
      ) : null}
      {correctIds.length > 0 ? (
        <div className="rounded-xl bg-white p-4 text-left">
          <p className="text-sm font-medium text-ink-600">{t('live.play.correctWas')}</p>
          {q.options
            .filter((o) => correctIds.includes(o.id))
            .map((o) => (
              <p key={o.id} className="mt-1 flex items-center gap-2 font-semibold">
                <span className={cn('inline-flex rounded p-1 text-white', OPTION_BG[optionIndex(o.id)])}>
                  <OptionShape optionId={o.id} className="h-5 w-5" />
                </span>
                {o.text}
              </p>
            ))}
        </div>
      ) : null}
      <p className="text-xl font-semibold">{t('live.play.score', { count: me.score })}</p>
      <p className="text-lg">{me.rank ? t('live.play.rank', { rank: me.rank, total: state.playerCount }) : t('live.play.unranked')}</p>
      {me.teamRank ? <p className="text-ink-700">{t('live.play.teamRank', { rank: me.teamRank })}</p> : null}
      {me.streak > 1 ? <p className="text-ink-700">{t('live.play.streak', { count: me.streak })}</p> : null}
      <p className="text-sm text-ink-600">{t('live.play.lookAtScreen')}</p>
    </div>
  )
}

function FinalCard({ summary, teamRank }: { summary: FinalSummary; teamRank?: number | null }) {
  const { t } = useTranslation()
  return (
    <div className="m-auto w-full max-w-sm space-y-4 text-center" data-testid="final">
      <h1 className="text-3xl font-bold">{t('live.play.ended')}</h1>
      <p className="text-4xl font-bold text-brand-700">{summary.nickname}</p>
      {summary.rank ? <p className="text-xl">{t('live.play.finalRank', { rank: summary.rank, total: summary.playerCount })}</p> : null}
      <p className="text-lg">{t('live.play.finalScore', { score: summary.score, correct: summary.correctCount, questions: summary.questionCount })}</p>
      {teamRank ? <p className="text-ink-700">{t('live.play.teamRank', { rank: teamRank })}</p> : null}
      <Link to="/join" className={buttonClass('secondary', 'lg', 'w-full')}>
        {t('live.play.playAgain')}
      </Link>
    </div>
  )
}
