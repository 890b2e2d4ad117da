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
