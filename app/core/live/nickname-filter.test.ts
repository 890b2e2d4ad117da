import { describe, expect, it } from 'vitest'
import { checkNickname, containsProfanity, nicknameKey } from './nickname-filter'

describe('checkNickname', () => {
  it('accepts ordinary Vietnamese names and stores them NFC, trimmed, spaces collapsed', () => {
    const decomposed = 'Tra\u0302\u0300n   Văn An '.normalize('NFD')
    const r = checkNickname(decomposed)
    expect(r).toEqual({ ok: true, nickname: 'Trần Văn An', key: 'tran van an' })
    if (r.ok) expect(r.nickname).toBe(r.nickname.normalize('NFC'))
  })

  it.each([
    ['A', 'nickname_too_short'],
    ['   B   ', 'nickname_too_short'],
    ['Nguyễn Thị Minh Khai Hà', 'nickname_too_long'], // 23 characters
    ['An\u200BBình', 'nickname_invalid_chars'], // zero-width space: a look-alike of "AnBình"
    ['An\u202EBình', 'nickname_invalid_chars'], // bidi override
    ['An\tBình', 'nickname_invalid_chars'],
    ['An\nBình', 'nickname_invalid_chars'],
    ['Ha\u0301\u0301\u0301\u0301', 'nickname_invalid_chars'], // stacked marks ("Zalgo")
  ])('%j → %s', (raw, code) => {
    expect(checkNickname(raw)).toEqual({ ok: false, code })
  })

  it('counts an emoji as one character and allows it', () => {
    expect(checkNickname('🇻🇳🇻🇳')).toMatchObject({ ok: true })
    expect(checkNickname('👍🏽')).toEqual({ ok: false, code: 'nickname_too_short' })
    expect(checkNickname('Đúng 20 ký tự nhé!!!')).toMatchObject({ ok: true }) // exactly 20
  })

  it('refuses profanity with its own code', () => {
    expect(checkNickname('Địt mẹ mày')).toEqual({ ok: false, code: 'nickname_profane' })
  })
})

describe('containsProfanity', () => {
  it.each([
    'Địt mẹ',
    'ĐỊT',
    'd1t me',
    'đ.ị.t',
    'VCL',
    'v.c.l',
    'dcm quá',
    'lồn',
    'L Ồ N',
    'thằng cặc',
    'đéo biết',
    'Fuck you',
    'xxFUCKxx',
    'f.u.c.k',
    'sh1t',
    'con đĩ',
    'chó đẻ',
    'Đù má',
  ])('blocks %j', (name) => {
    expect(containsProfanity(name)).toBe(true)
  })

  it.each([
    'Lớn Lên',
    'Heo Lợn',
    'Các bạn',
    'Buổi sáng',
    'Đeo kính',
    'Trần Văn Đức',
    'Đi Tèo', // letters "diteo" contain "dit" but no word is
    'Scunthorpe',
    'Quả óc chó',
    'Cứu hộ', // "cuu ho" folds near nothing blocked
    'Dũng Mạnh',
    'Hà Nội 2025',
  ])('allows %j', (name) => {
    expect(containsProfanity(name)).toBe(false)
  })
})

describe('nicknameKey', () => {
  it('makes case, diacritics, đ and spacing irrelevant', () => {
    expect(nicknameKey('  ĐỨC   Anh ')).toBe(nicknameKey('duc anh'))
    expect(nicknameKey('Lớn')).toBe(nicknameKey('LON'))
    expect(nicknameKey('An')).not.toBe(nicknameKey('Anh'))
  })
})
