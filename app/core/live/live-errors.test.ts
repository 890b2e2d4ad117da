import { describe, expect, it } from 'vitest'
import { GAME_PHASES } from './game-state'
import { LIVE_ERROR_MESSAGES, liveError, PHASE_LABELS_VI, wrongPhase } from './live-errors'

describe('live error messages', () => {
  it('are Vietnamese sentences in NFC', () => {
    for (const [code, message] of Object.entries(LIVE_ERROR_MESSAGES)) {
      expect(message, code).toBe(message.normalize('NFC'))
      expect(message, code).toMatch(/^\p{Lu}.*\.$/u)
      expect(message, code).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i)
    }
  })

  it('liveError uses the default message unless given one', () => {
    expect(liveError('too_late')).toEqual({ code: 'too_late', message: LIVE_ERROR_MESSAGES.too_late })
    expect(liveError('too_late', 'Khác.')).toEqual({ code: 'too_late', message: 'Khác.' })
  })

  it('wrong_phase names the phase', () => {
    for (const phase of GAME_PHASES) {
      expect(wrongPhase(phase)).toEqual({ code: 'wrong_phase', message: expect.stringContaining(PHASE_LABELS_VI[phase]) })
    }
  })
})
