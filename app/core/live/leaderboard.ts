import {
  getPlayer,
  LEADERBOARD_TOP_N,
  type LiveGameState,
  type PlayerRecord,
  type ScoringMode,
  type TeamStanding,
} from './game-state'

/**
 * Ranking. A full sort of every active player happens once per question
 * close (and after a kick or a void), never per answer; the result is kept
 * as each player's `rank` plus the ids of the top N, so a view reads a rank
 * in O(1) and the top 10 in O(10).
 *
 * Order (both modes): score desc, then totalTimeMs asc (time spent on the
 * questions answered correctly), then joinedAt asc, then join sequence. The
 * last key makes the order total, so there are no shared ranks: two players
 * are never "both 3rd", which keeps prizes unambiguous.
 */

export function comparePlayers(a: PlayerRecord, b: PlayerRecord, _mode: ScoringMode = 'speed'): number {
  // The mode is accepted so a future mode can differ; today both order the same way.
  return b.score - a.score || a.totalTimeMs - b.totalTimeMs || a.joinedAt - b.joinedAt || a.seq - b.seq
}

/** Active (non-kicked) players, best first. */
export function rankPlayers(players: Iterable<PlayerRecord>, mode: ScoringMode): PlayerRecord[] {
  const active: PlayerRecord[] = []
  for (const p of players) if (!p.kicked) active.push(p)
  return active.sort((a, b) => comparePlayers(a, b, mode))
}

/**
 * Team = unit. Team score = mean score of its active members, so a unit that
 * sends more people is not favoured. Ties: mean time on correct answers asc,
 * then more members first (a result held by more people), then unitId.
 */
export function rankTeams(
  players: Iterable<PlayerRecord>,
  previousRanks: ReadonlyMap<string, number | null> = new Map(),
): TeamStanding[] {
  const acc = new Map<string, { unitName: string; members: number; score: number; time: number }>()
  for (const p of players) {
    if (p.kicked || p.unitId === undefined) continue
    const t = acc.get(p.unitId) ?? { unitName: p.unitName ?? p.unitId, members: 0, score: 0, time: 0 }
    t.members++
    t.score += p.score
    t.time += p.totalTimeMs
    acc.set(p.unitId, t)
  }
  const teams = [...acc].map(([unitId, t]) => ({
    unitId,
    unitName: t.unitName,
    memberCount: t.members,
    totalScore: t.score,
    averageScore: t.score / t.members,
    averageTimeMs: t.time / t.members,
  }))
  teams.sort(
    (a, b) =>
      b.averageScore - a.averageScore ||
      a.averageTimeMs - b.averageTimeMs ||
      b.memberCount - a.memberCount ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  )
  return teams.map((t, i) => ({ ...t, rank: i + 1, prevRank: previousRanks.get(t.unitId) ?? null }))
}

/**
 * Recomputes every rank and the stored standings. `shiftPrev` is true when a
 * question closes (the current ranks become the previous ones, for the
 * projector's animation); false for corrections (kick, void, end), which
 * keep the previous ranks of the last close.
 */
export function applyRanking(state: LiveGameState, shiftPrev: boolean): void {
  const ordered = rankPlayers(Object.values(state.players), state.settings.scoringMode)
  for (let i = 0; i < ordered.length; i++) {
    const p = ordered[i]
    if (shiftPrev) p.prevRank = p.rank
    p.rank = i + 1
  }
  let teams: TeamStanding[] | null = null
  if (state.settings.teamMode) {
    const previous = new Map<string, number | null>()
    for (const t of state.standings.teams ?? []) previous.set(t.unitId, shiftPrev ? t.rank : t.prevRank)
    teams = rankTeams(ordered, previous)
  }
  state.standings = {
    topIds: ordered.slice(0, LEADERBOARD_TOP_N).map((p) => p.id),
    teams,
    rankedCount: ordered.length,
  }
}

/** The best `n` players of the last ranking (n ≤ LEADERBOARD_TOP_N), kicked ones left out. */
export function topPlayers(state: LiveGameState, n: number = LEADERBOARD_TOP_N): PlayerRecord[] {
  const out: PlayerRecord[] = []
  for (const id of state.standings.topIds) {
    const p = getPlayer(state, id)
    if (p && !p.kicked) out.push(p)
    if (out.length >= n) break
  }
  return out
}

export function playerRank(state: LiveGameState, playerId: string): number | null {
  const p = getPlayer(state, playerId)
  return p && !p.kicked ? p.rank : null
}

export function teamOf(state: LiveGameState, playerId: string): TeamStanding | null {
  const p = getPlayer(state, playerId)
  if (!p || p.unitId === undefined || !state.standings.teams) return null
  return state.standings.teams.find((t) => t.unitId === p.unitId) ?? null
}
