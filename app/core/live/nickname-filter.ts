import { foldDiacritics, nfc } from '../text/normalize'

/**
 * Nicknames are shown on a projector in front of a hall, so they are checked
 * before anyone sees them: 2–20 characters (user-perceived characters, so an
 * emoji counts once), no control/format characters (zero-width spaces and
 * bidi overrides make look-alike names), no "Zalgo" stacks of marks, and no
 * profanity.
 *
 * Profanity is matched on folded text (no diacritics, lower case, common
 * digit/symbol substitutions undone) so "Đ.Ị.T", "d1t" and "DIT" are caught
 * alike. Folding has a cost in Vietnamese: "lồn" folds to "lon", which is
 * also "lớn" (big) and "lợn" (pig); "cặc" folds to "cac" = "các"; "buồi" to
 * "buoi" = "buổi". Those words are therefore only refused with their
 * diacritics. The lists are deliberately small; a moderator can still kick.
 */

export const NICKNAME_MIN_LENGTH = 2
export const NICKNAME_MAX_LENGTH = 20

/** Whole words (or the whole nickname with separators removed), folded. Unambiguous without diacritics. */
const FOLDED_WORDS = new Set([
  // Vietnamese: vulgar verbs and the usual abbreviations of insults
  'dit', 'djt', 'ditme', 'ditmemay', 'dm', 'dmm', 'dcm', 'dcmm', 'dkm', 'dmvl', 'vcl', 'vkl', 'vl', 'vcc',
  'cmm', 'clgt', 'dumemay', 'dumamay',
  // English
  'fuck', 'fck', 'fuk', 'fucker', 'shit', 'bitch', 'cunt', 'dick', 'cock', 'pussy', 'asshole', 'bastard',
  'slut', 'whore', 'nigger', 'nigga', 'faggot', 'porn', 'sex', 'rape',
])

/** Substrings of the folded nickname with everything but letters removed: long enough never to be innocent. */
const FOLDED_SUBSTRINGS = ['fuck', 'ditme', 'ditcon', 'dumamay', 'dumemay', 'bitch', 'nigger', 'asshole', 'pussy', 'motherf']

/** Whole words with diacritics (NFC, lower case): vulgar only when written with their marks. */
const MARKED_WORDS = new Set(['địt', 'đụ', 'lồn', 'buồi', 'cặc', 'đéo', 'đĩ', 'cứt'])

/** Phrases with diacritics, matched as substrings of the spaced, lower-case nickname. */
// ("óc chó" alone is also a walnut, so it is not here.)
const MARKED_PHRASES = ['đù má', 'đù mẹ', 'chó đẻ', 'mẹ mày', 'đồ chó', 'mả mẹ', 'con đĩ']

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' }

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' })

/** NFC, trimmed, inner whitespace collapsed: the form that is stored and shown. */
export function cleanNickname(raw: string): string {
  return nfc(raw).replace(/\s+/gu, ' ').trim()
}

/** The key under which two nicknames count as the same ("Trần An" = "tran an"). */
export function nicknameKey(nickname: string): string {
  return foldDiacritics(cleanNickname(nickname))
}

export function graphemeLength(s: string): number {
  let n = 0
  for (const _ of graphemes.segment(s)) n++
  return n
}

function unleet(folded: string): string {
  return folded.replace(/[0134579@$!]/g, (c) => LEET[c] ?? c)
}

export function containsProfanity(nickname: string): boolean {
  const clean = cleanNickname(nickname)
  const folded = unleet(foldDiacritics(clean))
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean)
  const lettersOnly = folded.replace(/[^a-z]/g, '')
  if (words.some((w) => FOLDED_WORDS.has(w)) || FOLDED_WORDS.has(lettersOnly) || FOLDED_WORDS.has(words.join(' '))) {
    return true
  }
  if (FOLDED_SUBSTRINGS.some((s) => lettersOnly.includes(s))) return true

  const marked = clean.toLowerCase()
  const markedWords = marked.split(/[^\p{L}]+/u).filter(Boolean)
  if (markedWords.some((w) => MARKED_WORDS.has(w)) || MARKED_WORDS.has(markedWords.join(''))) return true
  const spaced = markedWords.join(' ')
  return MARKED_PHRASES.some((p) => spaced.includes(p))
}

export type NicknameProblem = 'nickname_too_short' | 'nickname_too_long' | 'nickname_invalid_chars' | 'nickname_profane'

export type NicknameCheck = { ok: true; nickname: string; key: string } | { ok: false; code: NicknameProblem }

// Cc control, Cf format (zero-width, bidi overrides), Co private use, Cn unassigned, line/paragraph separators.
const INVALID_CHARS = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u
// After NFC, Vietnamese needs no combining marks at all; one can follow an emoji (variation selector).
const STACKED_MARKS = /\p{M}{2,}/u

export function checkNickname(raw: string): NicknameCheck {
  // Checked before whitespace is collapsed, so a tab or a newline is refused rather than turned into a space.
  const normalized = nfc(raw)
  if (INVALID_CHARS.test(normalized) || STACKED_MARKS.test(normalized)) return { ok: false, code: 'nickname_invalid_chars' }
  const nickname = cleanNickname(normalized)
  const length = graphemeLength(nickname)
  if (length < NICKNAME_MIN_LENGTH) return { ok: false, code: 'nickname_too_short' }
  if (length > NICKNAME_MAX_LENGTH) return { ok: false, code: 'nickname_too_long' }
  if (containsProfanity(nickname)) return { ok: false, code: 'nickname_profane' }
  return { ok: true, nickname, key: nicknameKey(nickname) }
}
