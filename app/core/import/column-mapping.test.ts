import { describe, expect, it } from 'vitest'
import { columnIndex, columnLetter, guessColumnMapping, isUsableMapping, matchHeader } from './column-mapping'

describe('guessColumnMapping', () => {
  it('maps the template headers, English keys and common variants', () => {
    expect(
      guessColumnMapping([
        'Loại câu hỏi',
        'Nội dung câu hỏi',
        'Phương án A',
        'Phương án B',
        'Đáp án đúng',
        'Giải thích',
        'Văn bản nguồn',
        'Điều/khoản',
        'Đường dẫn nguồn',
        'Chủ đề',
        'Độ khó',
      ]),
    ).toEqual({
      type: 'A',
      stem: 'B',
      optionA: 'C',
      optionB: 'D',
      correct: 'E',
      explanation: 'F',
      sourceDocument: 'G',
      sourceArticle: 'H',
      sourceUrl: 'I',
      tags: 'J',
      difficulty: 'K',
    })
    expect(guessColumnMapping(['question', 'option a', 'B', 'answer', 'source', 'level', 'topic'])).toEqual({
      stem: 'A',
      optionA: 'B',
      optionB: 'C',
      correct: 'D',
      sourceDocument: 'E',
      difficulty: 'F',
      tags: 'G',
    })
  })

  it('ignores accents, case, punctuation and bracketed hints', () => {
    expect(matchHeader('ĐÁP ÁN ĐÚNG (A/B/C/D) *')).toBe('correct')
    expect(matchHeader('Cau hoi')).toBe('stem')
    expect(matchHeader('Đáp án A')).toBe('optionA')
    expect(matchHeader('Đáp án')).toBe('correct')
    expect(matchHeader('Lựa chọn 3')).toBe('optionC')
    expect(matchHeader('Căn cứ pháp lý')).toBe('sourceDocument')
    expect(matchHeader('Mức độ')).toBe('difficulty')
    expect(matchHeader('Lĩnh vực')).toBe('tags')
    expect(matchHeader('STT')).toBe('number')
    expect(matchHeader('Danh sách câu hỏi')).toBeUndefined()
    expect(matchHeader('Phương án G')).toBeUndefined()
  })

  it('keeps the first column when two match the same field', () => {
    expect(guessColumnMapping(['Câu hỏi', 'Nội dung', 'A', 'B'])).toEqual({ stem: 'A', optionA: 'C', optionB: 'D' })
  })

  it('needs a stem and something holding answers to be usable', () => {
    expect(isUsableMapping({ stem: 'A', optionA: 'B', optionB: 'C' })).toBe(true)
    expect(isUsableMapping({ stem: 'A', correct: 'B' })).toBe(true)
    expect(isUsableMapping({ stem: 'A', optionA: 'B' })).toBe(false)
    expect(isUsableMapping({ optionA: 'B', optionB: 'C', correct: 'D' })).toBe(false)
  })
})

describe('column letters', () => {
  it('round-trips A, Z, AA, AZ, ZZ, AAA', () => {
    for (const [i, l] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [51, 'AZ'],
      [701, 'ZZ'],
      [702, 'AAA'],
    ] as const) {
      expect(columnLetter(i)).toBe(l)
      expect(columnIndex(l)).toBe(i)
    }
  })
})
