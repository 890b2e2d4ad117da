import { describe, expect, it } from 'vitest'
import {
  parseAnswer,
  parseDifficulty,
  parseQuestionType,
  splitLegalCitation,
  splitTags,
  trueFalseIndex,
} from './field-values'

describe('parseAnswer', () => {
  const opts = ['Quốc hội', 'Chính phủ', 'Toà án', 'Viện kiểm sát']
  it.each([
    ['B', [1]],
    ['b.', [1]],
    ['(C)', [2]],
    ['A,C', [0, 2]],
    ['A; C', [0, 2]],
    ['a và d', [0, 3]],
    ['AC', [0, 2]],
    ['Phương án B', [1]],
    ['Đáp án đúng là C', [2]],
    ['chính phủ', [1]],
  ])('%s', (text, indices) => {
    expect(parseAnswer(text, opts)).toEqual({ indices })
  })
  it('accepts digits with a warning and refuses anything else', () => {
    expect(parseAnswer('2', opts)).toEqual({ indices: [1], warning: 'Đáp án ghi bằng số “2”; đã hiểu là phương án B' })
    expect(parseAnswer('G', opts)).toHaveProperty('error')
    expect(parseAnswer('Cả hai', opts)).toHaveProperty('error')
  })
})

describe('small values', () => {
  it('difficulty words, blank and unknown', () => {
    expect(['Dễ', 'de', 'TRUNG BÌNH', 'tb', 'Khó', 'Vận dụng cao', 'easy', 'Hard'].map(parseDifficulty)).toEqual([
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'easy',
      'hard',
    ])
    expect(parseDifficulty('  ')).toBeUndefined()
    expect(parseDifficulty('Rất khó')).toBeNull()
  })
  it('question types, including the template labels', () => {
    expect(
      ['Một đáp án đúng', 'Nhiều đáp án đúng', 'Đúng/Sai', 'Câu hỏi dự đoán', 'true_false', 'multiple'].map(
        parseQuestionType,
      ),
    ).toEqual(['single', 'multiple', 'true_false', 'prediction', 'true_false', 'multiple'])
    expect(parseQuestionType('Tự luận')).toBeNull()
  })
  it('Đúng/Sai pairs but not single letters', () => {
    expect(trueFalseIndex(['Đúng', 'Sai'])).toBe(0)
    expect(trueFalseIndex(['sai', 'ĐÚNG'])).toBe(1)
    expect(trueFalseIndex(['D', 'S'])).toBeUndefined()
    expect(trueFalseIndex(['Đúng', 'Sai', 'Không biết'])).toBeUndefined()
  })
  it('tags split on commas and semicolons, blanks and repeats dropped', () => {
    expect(splitTags('Hiến pháp, quyền con người;; hiến pháp ,')).toEqual(['Hiến pháp', 'quyền con người'])
  })
  it('legal citations starting with an article', () => {
    expect(splitLegalCitation('Khoản 2 Điều 5 Luật Phổ biến, giáo dục pháp luật 2012')).toEqual({
      article: 'Khoản 2 Điều 5',
      document: 'Luật Phổ biến, giáo dục pháp luật 2012',
    })
    expect(splitLegalCitation('Điểm a khoản 1 Điều 10, Luật Đất đai 2024')).toEqual({
      article: 'Điểm a khoản 1 Điều 10',
      document: 'Luật Đất đai 2024',
    })
    expect(splitLegalCitation('Nghị quyết số 66-NQ/TW')).toEqual({ document: 'Nghị quyết số 66-NQ/TW' })
  })
})
