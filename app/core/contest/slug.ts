import { foldDiacritics } from '../text/normalize'

/** "Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW" → "cuoc-thi-tim-hieu-nghi-quyet-66-nq-tw". */
export function slugify(title: string, maxLength = 60): string {
  const slug = foldDiacritics(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
  return slug || 'cuoc-thi'
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
