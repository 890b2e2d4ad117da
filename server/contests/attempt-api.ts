import Tokens from 'csrf'
import express, { type Request, type Response } from 'express'
import { parsePrediction } from '../../app/core/contest/attempt-layout'
import { type AttemptErrorCode, recordTabSwitch, saveAnswer, savePrediction } from '../../app/models/contests/attempt.server'
import type { AppServices } from '../../app/utils/services.server'

/**
 * The attempt page's autosave endpoint: one small POST per chosen answer,
 * the prediction, or a tab switch; JSON back: { ok: true, savedAt } or
 * { ok: false, code, message } with a status the page uses to decide whether
 * retrying can help (5xx and network errors yes, 4xx no).
 *
 * It is the hottest path of a contest (every participant, every few
 * seconds), so it is a plain Express handler mounted before Remix: the signed
 * session cookie and the CSRF token are checked here, and the session itself
 * is checked inside the one SQL statement that writes the answer.
 */

const STATUS: Record<AttemptErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  invalid: 422,
  closed: 409,
  expired: 409,
  not_open: 409,
  not_registered: 403,
  open_attempt: 409,
  no_attempts_left: 409,
  signed_out: 401,
  bank: 500,
}

const tokens = new Tokens()

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).set('Cache-Control', 'no-store').json({ ok: false, code, message })
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

export function attemptApi(services: AppServices): express.Router {
  const router = express.Router()
  const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 50 })

  router.post('/api/attempts/:attemptId', form, async (req: Request, res: Response, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>
      const secret = res.locals.csrfSecret as string | undefined
      if (typeof body.csrf !== 'string' || !secret || !tokens.verify(secret, body.csrf)) {
        return refuse(res, 403, 'csrf', 'Phiên làm việc của trang đã cũ. Hãy tải lại trang: các câu đã lưu vẫn được giữ.')
      }
      const session = await services.sessionStorage.getSession(req.headers.cookie)
      const sessionId = session.get('sessionId')
      if (!sessionId) return refuse(res, 401, 'signed_out', 'Bạn chưa đăng nhập. Hãy đăng nhập lại trong thẻ khác rồi thử lại: các câu đã lưu vẫn được giữ.')
      const attemptId = String(req.params.attemptId)
      const now = new Date()
      const db = services.db

      if (body.intent === 'answer') {
        const optionIds = list(body.optionIds)
        if (typeof body.versionId !== 'string' || optionIds.length > 10 || optionIds.some((o) => typeof o !== 'string')) {
          return refuse(res, 422, 'invalid', 'Câu trả lời gửi lên không hợp lệ.')
        }
        const r = await saveAnswer(db, { sessionId, attemptId, versionId: body.versionId, optionIds: optionIds as string[], now })
        return r.ok ? res.set('Cache-Control', 'no-store').json({ ok: true, savedAt: r.savedAt.toISOString() }) : refuse(res, STATUS[r.code], r.code, r.message)
      }
      if (body.intent === 'prediction') {
        const parsed = parsePrediction(typeof body.value === 'string' ? body.value : '')
        if (!parsed.ok) return refuse(res, 422, 'invalid', parsed.message)
        const r = await savePrediction(db, { sessionId, attemptId, value: parsed.value, now })
        return r.ok ? res.set('Cache-Control', 'no-store').json({ ok: true, savedAt: r.savedAt.toISOString() }) : refuse(res, STATUS[r.code], r.code, r.message)
      }
      if (body.intent === 'tab') {
        return res.json({ ok: await recordTabSwitch(db, { sessionId, attemptId, now }) })
      }
      return refuse(res, 400, 'invalid', 'Thao tác không hợp lệ.')
    } catch (error) {
      next(error)
    }
  })
  router.all('/api/attempts/:attemptId', (_req, res) => refuse(res, 405, 'method', 'Chỉ nhận yêu cầu POST'))
  return router
}
