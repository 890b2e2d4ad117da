import {
  type QuestionDraft,
  type QuestionDraftInput,
  foldForCompare,
  questionDraftSchema,
} from '~/core/questions/question-draft'

/** Example rows: valid questions, so the template itself imports cleanly. */
const EXAMPLES: QuestionDraftInput[] = [
  {
    type: 'single',
    stem: 'Cơ quan nào ban hành Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật?',
    options: [
      { text: 'Quốc hội', correct: false },
      { text: 'Bộ Chính trị', correct: true },
      { text: 'Chính phủ', correct: false },
      { text: 'Ban Bí thư', correct: false },
    ],
    explanation: 'Nghị quyết số 66-NQ/TW do Bộ Chính trị ban hành.',
    source: { document: 'Nghị quyết số 66-NQ/TW của Bộ Chính trị' },
    tags: ['nghị quyết 66'],
    difficulty: 'easy',
  },
  {
    type: 'multiple',
    stem: 'Những văn bản nào sau đây là văn bản quy phạm pháp luật?',
    options: [
      { text: 'Hiến pháp', correct: true },
      { text: 'Luật', correct: true },
      { text: 'Nghị quyết của Bộ Chính trị', correct: false },
      { text: 'Nghị định của Chính phủ', correct: true },
    ],
    source: { document: 'Luật Ban hành văn bản quy phạm pháp luật', article: 'Điều 4' },
    tags: ['xây dựng pháp luật'],
    difficulty: 'medium',
  },
  {
    type: 'true_false',
    stem: 'Mọi văn bản quy phạm pháp luật phải phù hợp với Hiến pháp.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
    source: { document: 'Hiến pháp năm 2013', article: 'Điều 119' },
    tags: ['hiến pháp'],
    difficulty: 'easy',
  },
]

export const TEMPLATE_EXAMPLES: readonly QuestionDraft[] = EXAMPLES.map((q) => questionDraftSchema.parse(q))

const EXAMPLE_STEMS = new Set(TEMPLATE_EXAMPLES.map((q) => foldForCompare(q.stem)))

/** Organisers often forget to delete the template's example rows. */
export function isTemplateExample(stem: string): boolean {
  return EXAMPLE_STEMS.has(foldForCompare(stem))
}
