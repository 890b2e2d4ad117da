import { DIFFICULTY_LABELS_VI, type Difficulty } from '../questions/question-draft'
import { nfc } from '../text/normalize'
import { compareIds } from './counting-attempt'
import { createSeededRandom } from './seeded-random'

/**
 * Draws the questions of one attempt from the bank (R1, R21: "câu hỏi được
 * chọn lựa ngẫu nhiên", several difficulty levels). Same pool + same quotas +
 * same seed always gives the same draw (whatever order the pool comes in), so
 * a draw can be replayed.
 *
 * Quotas may overlap (e.g. "2 câu chủ đề X" and "3 câu khó": a hard question
 * on X fits both). Taking questions greedily quota by quota can then fail
 * although a valid draw exists, so the draw is a bipartite matching (quotas
 * with capacities ↔ questions), augmented one slot at a time (Kuhn's
 * algorithm). It finds a full draw whenever one exists, and otherwise the
 * largest possible one, whose gaps become the shortage report.
 */

export interface PoolQuestion {
  id: string
  difficulty: Difficulty
  tags: readonly string[]
}

export interface QuestionQuota {
  difficulty?: Difficulty
  tag?: string
  count: number
}

export interface QuotaShortage {
  /** 0-based position of the quota in the list given. */
  quotaIndex: number
  quota: QuestionQuota
  needed: number
  /** Questions in the pool that match this quota, ignoring every other quota. */
  available: number
  /** How many this quota got in the largest draw possible. */
  selected: number
  /** 'not_enough': the bank lacks matching questions; 'shared': enough match, but other quotas need the same ones. */
  reason: 'not_enough' | 'shared'
  /** Ready to show to the organiser. */
  message: string
}

export type SelectionResult =
  | { ok: true; questionIds: string[] }
  | { ok: false; shortages: QuotaShortage[] }

const normalizeTag = (t: string) => nfc(t).trim().toLowerCase()

function matches(q: { difficulty: Difficulty; tags: ReadonlySet<string> }, quota: QuestionQuota, tag: string | undefined) {
  return (quota.difficulty === undefined || q.difficulty === quota.difficulty) && (tag === undefined || q.tags.has(tag))
}

export function describeQuota(quota: QuestionQuota): string {
  const parts: string[] = []
  if (quota.difficulty) parts.push(`độ khó ${DIFFICULTY_LABELS_VI[quota.difficulty]}`)
  if (quota.tag !== undefined) parts.push(`chủ đề “${normalizeTag(quota.tag)}”`)
  return parts.length > 0 ? parts.join(', ') : 'mọi câu hỏi'
}

function shortageMessage(s: Omit<QuotaShortage, 'message'>): string {
  const head = `Chỉ tiêu ${s.quotaIndex + 1} (${describeQuota(s.quota)}): cần ${s.needed} câu`
  if (s.reason === 'not_enough') {
    return `${head}, nhưng ngân hàng chỉ có ${s.available} câu phù hợp.`
  }
  return `${head}; có ${s.available} câu phù hợp nhưng một phần trùng với các chỉ tiêu khác, nên chỉ rút được ${s.selected} câu.`
}

/**
 * Picks `quota.count` distinct questions for every quota. The ids come out
 * grouped by quota, in quota order (useful when questions are not shuffled and
 * quotas run from easy to hard); shuffle them afterwards if the round says so.
 */
export function selectQuestions(
  pool: readonly PoolQuestion[],
  quotas: readonly QuestionQuota[],
  seed: string,
): SelectionResult {
  for (const q of quotas) {
    if (!Number.isSafeInteger(q.count) || q.count < 1) {
      throw new RangeError(`Số câu của chỉ tiêu phải là số nguyên dương (nhận được ${q.count})`)
    }
  }

  // A question listed twice (e.g. present in two selected banks) is one question.
  const seen = new Set<string>()
  const unique: { id: string; difficulty: Difficulty; tags: ReadonlySet<string> }[] = []
  for (const q of pool) {
    if (seen.has(q.id)) continue
    seen.add(q.id)
    unique.push({ id: q.id, difficulty: q.difficulty, tags: new Set(q.tags.map(normalizeTag)) })
  }
  // Sorting first makes the draw independent of the order the database
  // returned the pool in; the seeded shuffle is then the only randomness.
  unique.sort((a, b) => compareIds(a.id, b.id))
  const order = shuffle(unique, seed)

  const quotaTags = quotas.map((q) => (q.tag === undefined ? undefined : normalizeTag(q.tag)))
  const eligible: number[][] = quotas.map((quota, qi) => {
    const list: number[] = []
    order.forEach((question, pos) => {
      if (matches(question, quota, quotaTags[qi])) list.push(pos)
    })
    return list
  })

  const owner = new Int32Array(order.length).fill(-1)
  const visitedStamp = new Int32Array(order.length)
  let stamp = 0

  const augment = (qi: number): boolean => {
    for (const pos of eligible[qi]) {
      if (visitedStamp[pos] === stamp) continue
      visitedStamp[pos] = stamp
      if (owner[pos] === -1 || augment(owner[pos])) {
        owner[pos] = qi
        return true
      }
    }
    return false
  }
  const takeFree = (qi: number): boolean => {
    for (const pos of eligible[qi]) {
      if (owner[pos] === -1) {
        owner[pos] = qi
        return true
      }
    }
    return false
  }

  const selected = new Array<number>(quotas.length).fill(0)
  quotas.forEach((quota, qi) => {
    for (let k = 0; k < quota.count; k++) {
      // A free question first keeps the common, non-overlapping case a plain
      // random sample; re-routing other quotas is only for contested questions.
      stamp++
      if (takeFree(qi) || augment(qi)) selected[qi]++
      else break
    }
  })

  const shortages: QuotaShortage[] = []
  quotas.forEach((quota, qi) => {
    if (selected[qi] >= quota.count) return
    const available = eligible[qi].length
    const base = {
      quotaIndex: qi,
      quota,
      needed: quota.count,
      available,
      selected: selected[qi],
      reason: available < quota.count ? ('not_enough' as const) : ('shared' as const),
    }
    shortages.push({ ...base, message: shortageMessage(base) })
  })
  if (shortages.length > 0) return { ok: false, shortages }

  const questionIds: string[] = []
  quotas.forEach((_, qi) => {
    for (const pos of eligible[qi]) if (owner[pos] === qi) questionIds.push(order[pos].id)
  })
  return { ok: true, questionIds }
}

/** Fisher–Yates with the seeded generator; returns a new array and leaves `items` as it was. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice()
  const random = createSeededRandom(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    const tmp = out[i]
    out[i] = out[j]
    out[j] = tmp
  }
  return out
}

/**
 * Option order for one question. Options such as "Cả A, B và C đều đúng" only
 * make sense in their place: pass their ids as `keepInPlace` and they stay at
 * their original positions while the others are shuffled around them.
 */
export function shuffleOptions(
  optionIds: readonly string[],
  seed: string,
  keepInPlace: Iterable<string> = [],
): string[] {
  const pinned = new Set(keepInPlace)
  const movable = optionIds.filter((o) => !pinned.has(o))
  const shuffled = shuffle(movable, seed)
  let next = 0
  return optionIds.map((o) => (pinned.has(o) ? o : shuffled[next++]))
}
