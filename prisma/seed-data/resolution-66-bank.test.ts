import { describe, expect, it } from 'vitest'
import { duplicateKey, foldForCompare, questionDraftSchema } from '~/core/questions/question-draft'
import { foldDiacritics } from '~/core/text/normalize'
import { PREDICTION_TAG, RESOLUTION_66_BANK, RESOLUTION_66_TOPICS, type SeedQuestion } from './resolution-66-bank'

const questions = RESOLUTION_66_BANK.questions
const topics: string[] = Object.values(RESOLUTION_66_TOPICS)
const scored = questions.filter((q) => q.type !== 'prediction')
const byId = questions.map((q) => [q.seedId, q] as const)

const isNfc = (s: string) => s === s.normalize('NFC')

function allTexts(q: SeedQuestion): [string, string][] {
  return [
    ['stem', q.stem],
    ...q.options.map((o, i): [string, string] => [`options.${i}`, o.text]),
    ['explanation', q.explanation ?? ''],
    ['source.document', q.source.document],
    ['source.article', q.source.article ?? ''],
    ['source.url', q.source.url ?? ''],
    ...(q.tags ?? []).map((t, i): [string, string] => [`tags.${i}`, t]),
  ]
}

/** "Tất cả các đáp án trên", "cả A và B", "đều đúng": options that lean on other options. */
const LEANS_ON_OTHER_OPTIONS = /tat ca (cac )?(phuong an|dap an|y)|ca [a-f] (va|,) [a-f]\b|deu dung|deu sai|khong co (phuong an|dap an) nao/

const share = (n: number) => n / questions.length

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

describe('ngân hàng câu hỏi Nghị quyết 66-NQ/TW', () => {
  describe.each(byId)('%s', (seedId, q) => {
    it('hợp lệ theo questionDraftSchema', () => {
      const result = questionDraftSchema.safeParse(q)
      const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
      expect(issues).toEqual([])
    })

    it('mọi chuỗi đều ở dạng NFC', () => {
      const notNfc = allTexts(q)
        .filter(([, s]) => !isNfc(s))
        .map(([field]) => field)
      expect(notNfc).toEqual([])
    })

    it('có mã ổn định, giải thích và nguồn', () => {
      expect(seedId).toMatch(/^nq66-[a-z]+-\d{3}$/)
      expect(q.explanation?.trim().length ?? 0).toBeGreaterThan(20)
      expect(q.source.document.trim()).not.toBe('')
      if (q.source.url) expect(new URL(q.source.url).protocol).toBe('https:')
    })

    it('theo đúng quy ước của loại câu hỏi', () => {
      const correct = q.options.filter((o) => o.correct).length
      switch (q.type) {
        case 'single':
          expect(q.options).toHaveLength(4)
          expect(correct).toBe(1)
          break
        case 'true_false':
          expect(q.options.map((o) => o.text)).toEqual(['Đúng', 'Sai'])
          expect(correct).toBe(1)
          break
        case 'multiple':
          expect(q.options.length).toBeGreaterThanOrEqual(4)
          expect(correct).toBeGreaterThanOrEqual(2)
          expect(correct).toBeLessThan(q.options.length)
          expect(q.stem).toContain('(chọn nhiều đáp án)')
          break
        case 'prediction':
          expect(q.options).toEqual([])
          expect(q.stem.startsWith('Dự đoán:')).toBe(true)
          break
      }
    })

    it('không có phương án kiểu “tất cả các đáp án trên”', () => {
      const leaning = q.options.map((o) => o.text).filter((t) => LEANS_ON_OTHER_OPTIONS.test(foldDiacritics(t)))
      expect(leaning).toEqual([])
    })

    it('gắn một hoặc hai chủ đề đã quy định', () => {
      const tags = q.tags ?? []
      if (q.type === 'prediction') {
        expect(tags).toEqual([PREDICTION_TAG])
        return
      }
      expect(tags.length).toBeGreaterThanOrEqual(1)
      expect(tags.length).toBeLessThanOrEqual(2)
      expect(tags.filter((t) => !topics.includes(t))).toEqual([])
    })
  })

  it('mã seedId không trùng nhau', () => {
    const duplicated = [...groupBy(questions, (q) => q.seedId)].filter(([, qs]) => qs.length > 1).map(([id]) => id)
    expect(duplicated).toEqual([])
  })

  it('không có hai câu trùng duplicateKey hoặc trùng nội dung câu hỏi', () => {
    const parsed = questions.map((q) => ({ seedId: q.seedId, draft: questionDraftSchema.parse(q) }))
    const sameKey = [...groupBy(parsed, (p) => duplicateKey(p.draft))]
      .filter(([, ps]) => ps.length > 1)
      .map(([, ps]) => ps.map((p) => p.seedId).join(' = '))
    const sameStem = [...groupBy(parsed, (p) => foldForCompare(p.draft.stem))]
      .filter(([, ps]) => ps.length > 1)
      .map(([, ps]) => ps.map((p) => p.seedId).join(' = '))
    expect(sameKey).toEqual([])
    expect(sameStem).toEqual([])
  })

  it('đủ số lượng: ít nhất 130 câu, 120 câu tính điểm và 3 câu dự đoán', () => {
    expect(questions.length).toBeGreaterThanOrEqual(130)
    expect(scored.length).toBeGreaterThanOrEqual(120)
    expect(questions.filter((q) => q.type === 'prediction').length).toBeGreaterThanOrEqual(3)
  })

  it.each(Object.values(RESOLUTION_66_TOPICS))('chủ đề “%s” có ít nhất 8 câu', (topic) => {
    expect(scored.filter((q) => (q.tags ?? []).includes(topic)).length).toBeGreaterThanOrEqual(8)
  })

  it('độ khó phân bố gần 40% dễ, 40% trung bình, 20% khó', () => {
    const count = (d: string) => questions.filter((q) => q.difficulty === d).length
    expect(share(count('easy'))).toBeGreaterThanOrEqual(0.3)
    expect(share(count('easy'))).toBeLessThanOrEqual(0.5)
    expect(share(count('medium'))).toBeGreaterThanOrEqual(0.3)
    expect(share(count('medium'))).toBeLessThanOrEqual(0.5)
    expect(share(count('hard'))).toBeGreaterThanOrEqual(0.1)
    expect(share(count('hard'))).toBeLessThanOrEqual(0.3)
  })

  it('câu một đáp án chủ yếu, có đủ câu Đúng/Sai và nhiều đáp án', () => {
    const count = (t: string) => questions.filter((q) => q.type === t).length
    expect(count('single')).toBeGreaterThan(questions.length / 2)
    expect(count('true_false')).toBeGreaterThanOrEqual(10)
    expect(count('multiple')).toBeGreaterThanOrEqual(10)
  })

  it('đáp án đúng không dồn vào một vị trí (người thi không đoán được theo thứ tự)', () => {
    const singles = questions.filter((q) => q.type === 'single')
    const positions = groupBy(singles, (q) => String(q.options.findIndex((o) => o.correct)))
    for (const [position, qs] of positions) {
      expect(qs.length / singles.length, `vị trí ${position}`).toBeLessThanOrEqual(0.35)
    }
    expect(positions.size).toBe(4)
  })

  it('câu Đúng/Sai không nghiêng hẳn về một phía', () => {
    const tf = questions.filter((q) => q.type === 'true_false')
    const trueShare = tf.filter((q) => q.options[0]?.correct).length / tf.length
    expect(trueShare).toBeGreaterThanOrEqual(0.3)
    expect(trueShare).toBeLessThanOrEqual(0.7)
  })
})
