import type { NextFunction, Request, Response } from 'express'
import { errorPage } from './error-page'

/** Refuses oversized bodies before anything reads them, with a message that names the limit. */
export function bodyLimit(maxBytes: number) {
  const mb = Math.round(maxBytes / 1024 / 1024)
  return (req: Request, res: Response, next: NextFunction) => {
    // Without a length the size is unknown until read; browsers always send one, so refuse the rest.
    if (req.get('transfer-encoding') && !req.get('content-length')) {
      res.set('Connection', 'close')
      res.status(411).type('html').send(errorPage(411, 'Thiếu độ dài dữ liệu', 'Yêu cầu gửi dữ liệu phải có độ dài (Content-Length).'))
      return
    }
    const length = Number(req.get('content-length') ?? 0)
    if (length <= maxBytes) return next()
    const message = `Dữ liệu gửi lên (${(length / 1024 / 1024).toFixed(1)} MB) vượt quá giới hạn ${mb} MB. Hãy chia nhỏ tệp rồi thử lại.`
    const answer = () => {
      res.set('Connection', 'close')
      if (req.accepts(['html', 'json']) === 'json') res.status(413).json({ error: message })
      else res.status(413).type('html').send(errorPage(413, 'Tệp quá lớn', message))
    }
    // Up to a bound, read and discard what the client is still sending, so it sees
    // the answer instead of a reset connection; beyond it, answer and hang up.
    if (length > maxBytes * 10) return answer()
    req.on('end', answer)
    req.resume()
  }
}
