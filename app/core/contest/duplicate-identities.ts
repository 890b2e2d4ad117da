import { foldDiacritics } from '../text/normalize'

/**
 * Possible duplicate people (C13: "sử dụng thông tin của người khác", "thi
 * hộ"): different accounts with the same name (diacritics and case folded),
 * the same date of birth and the same unit. A flag for the organiser to look
 * at, never an automatic disqualification: namesakes born the same day exist.
 */

export interface IdentityRow {
  registrationId: string
  userId: string
  fullName: string
  dateOfBirth: string | null
  unitId: string | null
}

export interface DuplicateGroup {
  key: string
  members: IdentityRow[]
}

export function findDuplicateIdentities(rows: readonly IdentityRow[]): DuplicateGroup[] {
  const groups = new Map<string, IdentityRow[]>()
  for (const r of rows) {
    // Without a date of birth there is too little to compare.
    if (!r.dateOfBirth) continue
    const key = [foldDiacritics(r.fullName), r.dateOfBirth.slice(0, 10), r.unitId ?? '-'].join('|')
    const list = groups.get(key)
    if (list) list.push(r)
    else groups.set(key, [r])
  }
  return [...groups]
    .filter(([, members]) => new Set(members.map((m) => m.userId)).size > 1)
    .map(([key, members]) => ({ key, members }))
    .sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : 1))
}
