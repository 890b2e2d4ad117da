import { foldDiacritics } from '../text/normalize'

export type UnitNode = { id: string; parentId: string | null; name: string }
export type FlatUnit<T extends UnitNode> = T & { depth: number; path: string[] }

/** Depth-first, siblings in Vietnamese alphabetical order: the order a tree select shows. */
export function flattenTree<T extends UnitNode>(units: T[]): FlatUnit<T>[] {
  const byParent = new Map<string | null, T[]>()
  const ids = new Set(units.map((u) => u.id))
  for (const u of units) {
    // A parent outside the list (another organisation) makes the unit a root here.
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : null
    byParent.set(key, [...(byParent.get(key) ?? []), u])
  }
  const collator = new Intl.Collator('vi')
  const out: FlatUnit<T>[] = []
  const visit = (parentId: string | null, depth: number, path: string[]) => {
    const children = [...(byParent.get(parentId) ?? [])].sort((a, b) => collator.compare(a.name, b.name))
    for (const child of children) {
      out.push({ ...child, depth, path })
      visit(child.id, depth + 1, [...path, child.name])
    }
  }
  visit(null, 0, [])
  return out
}

/** All ids below a unit (not including it): a unit cannot move under its own descendant. */
export function descendantIds(units: UnitNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id])
  const out = new Set<string>()
  const stack = [...(children.get(rootId) ?? [])]
  while (stack.length) {
    const id = stack.pop()!
    if (out.has(id)) continue
    out.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

export function unitNameKey(name: string): string {
  return foldDiacritics(name)
}
