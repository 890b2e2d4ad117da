import { describe, expect, it } from 'vitest'
import { diffVersions, sameContent, type VersionContent } from './version-diff'

const v1: VersionContent = {
  type: 'single',
  stem: 'Cơ quan nào ban hành Nghị quyết 66-NQ/TW?',
  options: [
    { text: 'Quốc hội', correct: false },
    { text: 'Bộ Chính trị', correct: true },
  ],
  explanation: undefined,
  source: { document: 'Nghị quyết 66-NQ/TW', article: null, url: null },
  tags: ['nhận diện văn bản'],
  difficulty: 'easy',
}

describe('diffVersions', () => {
  it('finds nothing between equal versions, treating a missing and an empty value alike', () => {
    expect(diffVersions(v1, { ...v1, explanation: null, source: { document: 'Nghị quyết 66-NQ/TW' } })).toEqual([])
    expect(sameContent(v1, structuredClone(v1))).toBe(true)
  })

  it('lists each changed field with its text before and after', () => {
    const v2: VersionContent = {
      ...v1,
      stem: 'Cơ quan nào ban hành Nghị quyết số 66-NQ/TW?',
      options: [
        { text: 'Quốc hội', correct: true },
        { text: 'Bộ Chính trị', correct: false },
        { text: 'Chính phủ', correct: false },
      ],
      tags: ['nhận diện văn bản', 'bộ chính trị'],
    }
    expect(diffVersions(v1, v2)).toEqual([
      { field: 'stem', before: v1.stem, after: v2.stem },
      { field: 'options', before: 'A. Quốc hội\nB. Bộ Chính trị', after: 'A. Quốc hội\nB. Bộ Chính trị\nC. Chính phủ' },
      { field: 'correct', before: 'B', after: 'A' },
      { field: 'tags', before: 'nhận diện văn bản', after: 'nhận diện văn bản, bộ chính trị' },
    ])
    expect(sameContent(v1, v2)).toBe(false)
  })
})
