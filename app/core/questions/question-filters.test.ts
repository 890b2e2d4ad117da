import { describe, expect, it } from 'vitest'
import { filtersToParams, hasFilters, parsePage, parseQuestionFilters, searchTerms } from './question-filters'

describe('searchTerms', () => {
  it('folds diacritics and case and splits words', () => {
    expect(searchTerms('Nghị quyết  66-NQ/TW')).toEqual(['nghi', 'quyet', '66-nq/tw'])
    expect(searchTerms('ĐỔI MỚI')).toEqual(['doi', 'moi'])
  })

  it('treats decomposed (NFD) input like composed input', () => {
    expect(searchTerms('Nghị quyết'.normalize('NFD'))).toEqual(['nghi', 'quyet'])
  })

  it('drops LIKE wildcards, repeats and blanks, and caps the number of words', () => {
    expect(searchTerms('100% _luật_ luật \\')).toEqual(['100', 'luat'])
    expect(searchTerms('   ')).toEqual([])
    expect(searchTerms('a b c d e f g h i j k')).toHaveLength(8)
  })
})

describe('parseQuestionFilters', () => {
  it('reads every filter and ignores values that are not allowed', () => {
    const f = parseQuestionFilters(
      new URLSearchParams({ q: ' nghi quyet 66 ', tag: 'Tầm Nhìn 2045', difficulty: 'hard', status: 'bogus', type: 'multiple', source: 'Điều 5' }),
    )
    expect(f).toEqual({
      q: 'nghi quyet 66',
      terms: ['nghi', 'quyet', '66'],
      tag: 'tầm nhìn 2045',
      difficulty: 'hard',
      status: undefined,
      type: 'multiple',
      source: 'Điều 5',
      sourceTerms: ['dieu', '5'],
    })
    expect(hasFilters(f)).toBe(true)
    expect(hasFilters(parseQuestionFilters(new URLSearchParams()))).toBe(false)
  })

  it('round-trips through the query string', () => {
    const f = parseQuestionFilters(new URLSearchParams('q=lu%E1%BA%ADt&status=approved'))
    expect(filtersToParams(f, { page: 2, format: undefined }).toString()).toBe('q=lu%E1%BA%ADt&status=approved&page=2')
  })
})

describe('parsePage', () => {
  it('accepts positive integers only', () => {
    expect(parsePage(new URLSearchParams('page=3'))).toBe(3)
    for (const bad of ['0', '-1', '1.5', 'x', '']) expect(parsePage(new URLSearchParams({ page: bad }))).toBe(1)
  })
})
