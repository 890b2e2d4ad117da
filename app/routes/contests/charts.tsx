import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

/**
 * Charts for contest statistics. Recharts measures the page, which the
 * server cannot, so charts draw after hydration inside a box of fixed
 * height (no layout shift); until then, and for screen readers always, the
 * same figures are in a table.
 */

function useMounted() {
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  return mounted
}

function ChartBox({ title, height = 260, table, children }: { title: string; height?: number; table: ReactNode; children: ReactNode }) {
  const mounted = useMounted()
  const { t } = useTranslation()
  return (
    <figure className="rounded-xl border border-ink-200 bg-white p-4">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      <div style={{ height }} aria-hidden>
        {mounted ? children : <div className="h-full animate-pulse rounded-lg bg-ink-50" />}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-ink-700">{t('contests.stats.showTable')}</summary>
        <div className="mt-2 max-h-64 overflow-auto">{table}</div>
      </details>
    </figure>
  )
}

const BRAND = '#912018'
const INK = '#475467'

export function DailyActivityChart({ days }: { days: { date: string; attempts: number; participants: number }[] }) {
  const { t } = useTranslation()
  const data = days.map((d) => ({ ...d, label: `${d.date.slice(8, 10)}/${d.date.slice(5, 7)}` }))
  return (
    <ChartBox
      title={t('contests.stats.perDay')}
      table={
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t('contests.stats.date')}</th>
              <th scope="col">{t('contests.stats.attempts')}</th>
              <th scope="col">{t('contests.stats.people')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <td>{d.date}</td>
                <td>{d.attempts}</td>
                <td>{d.participants}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e7ec" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="attempts" name={t('contests.stats.attempts')} stroke={BRAND} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="participants" name={t('contests.stats.people')} stroke={INK} strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartBox>
  )
}

export function ScoreDistributionChart({ bins, maxScore }: { bins: { score: number; attempts: number }[]; maxScore: number }) {
  const { t } = useTranslation()
  return (
    <ChartBox
      title={t('contests.stats.distribution', { max: maxScore })}
      table={
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t('contests.stats.score')}</th>
              <th scope="col">{t('contests.stats.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.score}>
                <td>{b.score}</td>
                <td>{b.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bins} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e4e7ec" />
          <XAxis dataKey="score" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="attempts" name={t('contests.stats.attempts')} fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartBox>
  )
}

/** Ranked bars in plain HTML: long Vietnamese unit names wrap, and no measuring is needed. */
export function RankedBars({ title, items, limit = 15 }: { title: string; items: { name: string; value: number; note?: string }[]; limit?: number }) {
  const { t } = useTranslation()
  const shown = items.slice(0, limit)
  const max = Math.max(1, ...shown.map((i) => i.value))
  return (
    <figure className="rounded-xl border border-ink-200 bg-white p-4">
      <figcaption className="mb-3 font-medium">{title}</figcaption>
      {shown.length === 0 ? (
        <p className="text-sm text-ink-600">{t('contests.stats.noData')}</p>
      ) : (
        <ol className="space-y-2">
          {shown.map((item, i) => (
            <li key={`${item.name}-${i}`} className="text-sm">
              <div className="flex justify-between gap-2">
                <span>
                  <span className="mr-1 text-ink-600">{i + 1}.</span>
                  {item.name}
                </span>
                <span className="font-medium tabular-nums">{item.note ?? item.value.toLocaleString('vi-VN')}</span>
              </div>
              <div aria-hidden className="mt-1 h-2 rounded-full bg-ink-100">
                <div className="h-2 rounded-full bg-brand-700" style={{ width: `${Math.max(2, (item.value / max) * 100)}%` }} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {items.length > limit ? <p className="mt-2 text-sm text-ink-600">{t('contests.stats.more', { count: items.length - limit })}</p> : null}
    </figure>
  )
}

export function StatTile({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="rounded-xl border border-ink-200 bg-white p-4">
      <p className="text-sm text-ink-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-ink-900">{value}</p>
    </div>
  )
}
