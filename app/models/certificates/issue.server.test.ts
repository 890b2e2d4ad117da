import { describe, expect, it } from 'vitest'
import { declaredCertificateRule } from './issue.server'

describe('declaredCertificateRule', () => {
  it('reads what a round’s rules promise about certificates', () => {
    expect(declaredCertificateRule({ certificate: { prizeWinners: true } })).toEqual({ prizeWinners: true, minScorePercent: null })
    expect(declaredCertificateRule({ certificate: { prizeWinners: false, minScorePercent: 80 } })).toEqual({ prizeWinners: false, minScorePercent: 80 })
  })

  it('is null when the rules say nothing or something unreadable', () => {
    expect(declaredCertificateRule({})).toBeNull()
    expect(declaredCertificateRule(null)).toBeNull()
    expect(declaredCertificateRule({ certificate: { prizeWinners: false } })).toBeNull()
    expect(declaredCertificateRule({ certificate: 'yes' })).toBeNull()
  })
})
