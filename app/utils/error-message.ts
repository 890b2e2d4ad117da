/**
 * The specific reason a thrown Response carries in its body, when it has one meant for
 * people ("Chỉ người điều khiển phiên này…"), rather than a bare status word that the
 * page replaces with its own translated text.
 */
const STATUS_WORDS = new Set(['forbidden', 'csrf', 'not found', 'unauthorized', 'bad request', ''])

export function specificReason(data: unknown): string | null {
  if (typeof data !== 'string') return null
  const text = data.trim()
  if (STATUS_WORDS.has(text.toLowerCase()) || text.length > 300 || text.startsWith('<')) return null
  return text
}
