/**
 * Vietnamese phone numbers arrive as "0912 345 678", "+84 912345678" or "84912345678".
 * Stored in one national form (0xxxxxxxxx) so "one account per phone" holds.
 */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, '')
  let national: string
  if (/^\+84\d+$/.test(digits)) national = `0${digits.slice(3)}`
  else if (/^84\d{9,10}$/.test(digits)) national = `0${digits.slice(2)}`
  else national = digits
  return /^0\d{9,10}$/.test(national) ? national : null
}
