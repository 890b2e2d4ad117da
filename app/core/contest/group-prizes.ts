import { compareIds } from './counting-attempt'

/**
 * Group prizes (giải tập thể, C11): units (xã/phường, sở/ngành, schools)
 * ranked by how many distinct people took part, and by participation rate
 * (participants / headcount, R20 "tỷ lệ ... tham gia thi nhiều nhất"). Equal
 * values share a rank (1, 1, 3): whether a tie splits a prize is the jury's
 * call, not the software's. Within a tie the order is fixed so lists do not
 * reshuffle between page loads.
 */

export interface UnitInfo {
  unitId: string
  /** People in the unit who could take part; missing or 0 leaves the unit out of the rate ranking. */
  headcount?: number | null
}

export interface UnitParticipant {
  participantId: string
  unitId: string | null
}

export interface UnitByParticipants {
  unitId: string
  participants: number
  rank: number
}

export interface UnitByRate {
  unitId: string
  participants: number
  headcount: number
  /** participants / headcount; above 1 means the headcount on file is out of date. */
  rate: number
  rank: number
}

export interface GroupRanking {
  byParticipants: UnitByParticipants[]
  byRate: UnitByRate[]
}

function withSharedRanks<T>(sorted: T[], equal: (a: T, b: T) => boolean): (T & { rank: number })[] {
  const out: (T & { rank: number })[] = []
  sorted.forEach((item, i) => {
    const rank = i > 0 && equal(sorted[i - 1], item) ? out[i - 1].rank : i + 1
    out.push({ ...item, rank })
  })
  return out
}

/**
 * `participants` are people who took part in the round (one row each; a
 * person listed twice is counted once, in the first unit given). Units that
 * nobody from took part still appear, with 0.
 */
export function rankUnits(participants: readonly UnitParticipant[], units: readonly UnitInfo[]): GroupRanking {
  const headcounts = new Map<string, number | null>()
  for (const u of units) {
    if (headcounts.has(u.unitId)) throw new Error(`Đơn vị ${u.unitId} bị khai báo hai lần`)
    const h = u.headcount ?? null
    if (h !== null && (!Number.isSafeInteger(h) || h < 0)) {
      throw new RangeError(`Số người của đơn vị ${u.unitId} phải là số nguyên không âm`)
    }
    headcounts.set(u.unitId, h)
  }

  const counted = new Set<string>()
  const perUnit = new Map<string, number>()
  for (const u of headcounts.keys()) perUnit.set(u, 0)
  for (const p of participants) {
    if (counted.has(p.participantId)) continue
    counted.add(p.participantId)
    if (p.unitId === null) continue
    perUnit.set(p.unitId, (perUnit.get(p.unitId) ?? 0) + 1)
  }

  const counts = [...perUnit].map(([unitId, n]) => ({ unitId, participants: n }))
  counts.sort((a, b) => b.participants - a.participants || compareIds(a.unitId, b.unitId))
  const byParticipants = withSharedRanks(counts, (a, b) => a.participants === b.participants)

  const rated = counts.flatMap((c) => {
    const headcount = headcounts.get(c.unitId) ?? null
    return headcount !== null && headcount > 0 ? [{ ...c, headcount, rate: c.participants / headcount }] : []
  })
  // Compare a/b with c/d as a·d vs c·b: exact for whole numbers, unlike comparing floats.
  const rateOrder = (a: { participants: number; headcount: number }, b: { participants: number; headcount: number }) =>
    b.participants * a.headcount - a.participants * b.headcount
  rated.sort((a, b) => rateOrder(a, b) || b.participants - a.participants || compareIds(a.unitId, b.unitId))
  const byRate = withSharedRanks(rated, (a, b) => rateOrder(a, b) === 0)

  return { byParticipants, byRate }
}
