import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useRootData } from '~/components/csrf-input'
import { buttonClass } from '~/components/ui/button'
import { Card } from '~/components/ui/card'

export default function Home() {
  const { t } = useTranslation()
  const root = useRootData()
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-brand-800 px-6 py-10 text-white sm:px-10 sm:py-14">
        {root?.user ? <p className="mb-2 text-gold-400">{t('home.welcome', { name: root.user.fullName })}</p> : null}
        <h1 className="max-w-3xl text-3xl font-bold text-white sm:text-4xl">{t('home.title')}</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t('home.lead')}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          {root?.user ? (
            <Link to="/contests" className={buttonClass('secondary', 'lg')}>
              {t('home.ctaContests')}
            </Link>
          ) : (
            <Link to="/register" className={buttonClass('secondary', 'lg')}>
              {t('home.ctaRegister')}
            </Link>
          )}
          <Link to="/join" className={buttonClass('ghost', 'lg', 'border border-white text-white hover:bg-brand-700')}>
            {t('home.ctaJoin')}
          </Link>
        </div>
      </section>
      <section aria-labelledby="features">
        <h2 id="features" className="mb-4 text-xl">
          {t('home.featuresTitle')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          {(['f1', 'f2', 'f3'] as const).map((k) => (
            <Card key={k}>
              <p className="text-ink-700">{t(`home.${k}`)}</p>
            </Card>
          ))}
        </div>
      </section>
    </div>
  )
}
