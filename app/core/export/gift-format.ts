import { z } from 'zod'
import { DIFFICULTIES, QUESTION_STATUSES, QUESTION_TYPES } from '~/core/questions/question-draft'

/**
 * GIFT has no place for a legal source, difficulty or topics. The exporter
 * keeps them in a comment line Moodle ignores and our importer reads back:
 *   // thi-phap-luat: {"difficulty":"hard","tags":["hiến pháp"],"source":{…}}
 */
export const GIFT_META_PREFIX = 'thi-phap-luat:'

export const giftMetaSchema = z.object({
  type: z.enum(QUESTION_TYPES).optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  tags: z.array(z.string()).optional(),
  source: z.object({ document: z.string(), article: z.string().optional(), url: z.string().optional() }).optional(),
  status: z.enum(QUESTION_STATUSES).optional(),
})
export type GiftMeta = z.infer<typeof giftMetaSchema>

/** Characters with a meaning in GIFT are escaped with a backslash; a newline becomes \n so a blank line cannot split a question. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
}
