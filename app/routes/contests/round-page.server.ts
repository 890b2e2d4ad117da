import type { AppLoadContext } from '@remix-run/node'
import { roundRulesSchema } from '~/core/contest/round-rules'
import { findPublicRound } from '~/models/contests/participant.server'
import { ensureBoard, provisionalView } from '~/models/contests/provisional-board.server'

export async function requirePublicRound(context: AppLoadContext, slug: string | undefined, roundId: string | undefined) {
  const round = await findPublicRound(context.services.db, slug ?? '', roundId ?? '')
  if (!round) throw new Response('Không tìm thấy vòng thi', { status: 404, statusText: 'Not Found' })
  return { round, rules: roundRulesSchema.parse(round.rules) }
}

/** The live provisional board (names and positions, no scores), refilled from the database if the store lost it. */
export async function provisionalBoard(context: AppLoadContext, roundId: string, rules: { countingAttempt: 'best' | 'first' | 'last' }, viewerId: string | null) {
  const { db, stores, logger } = context.services
  try {
    await ensureBoard(db, stores.leaderboard, roundId, rules.countingAttempt)
    return await provisionalView(db, stores.leaderboard, roundId, viewerId)
  } catch (err) {
    logger.warn({ err, roundId }, 'provisional leaderboard unavailable')
    return null
  }
}
