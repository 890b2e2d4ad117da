import { normalizePhone } from './phone'

export type LoginIdentifier = { kind: 'phone'; value: string } | { kind: 'email'; value: string }

export function parseIdentifier(input: string): LoginIdentifier | null {
  const trimmed = input.trim()
  if (trimmed.includes('@')) {
    const email = trimmed.toLowerCase()
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { kind: 'email', value: email } : null
  }
  const phone = normalizePhone(trimmed)
  return phone ? { kind: 'phone', value: phone } : null
}
