/**
 * The directory-name part of a migration, as Prisma's CLI slugs `--name`:
 * camelCase split, diacritics folded ("thêm cột" → "them_cot"), anything else
 * becomes `_`, at most 200 characters.
 */
export function migrationNameSlug(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200)
}

/**
 * Migrations are applied in name order, and the engine stamps names to the
 * second: two created within one second ("…215430_init", "…215430_add_col")
 * would replay in the wrong order. Move the new name's stamp just past the
 * newest existing one when it does not already sort after it.
 */
export function migrationNameAfter(generated: string, existing: readonly string[]): string {
  const match = /^(\d{14})_(.*)$/.exec(generated)
  if (!match) return generated
  const newest = existing.filter((name) => /^\d{14}_/.test(name)).sort().at(-1)
  if (!newest || generated > newest) return generated
  return `${nextStamp(newest.slice(0, 14))}_${match[2]}`
}

function nextStamp(stamp: string): string {
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) => Number(stamp.slice(at, i === 0 ? 4 : at + 2)))
  const next = new Date(Date.UTC(y, mo - 1, d, h, mi, s + 1))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}${pad(next.getUTCHours())}${pad(next.getUTCMinutes())}${pad(next.getUTCSeconds())}`
}
