/** Word files and some phones produce decomposed (NFD) Vietnamese; everything stored is NFC. */
export function nfc(s: string): string {
  return s.normalize('NFC')
}

/**
 * Folds Vietnamese to plain lower-case ASCII so "nghi quyet 66" matches
 * "Nghị quyết 66". đ is not a combining mark, so NFD alone leaves it.
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
