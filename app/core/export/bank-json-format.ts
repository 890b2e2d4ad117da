import { z } from 'zod'
import { QUESTION_STATUSES } from '~/core/questions/question-draft'

/**
 * The bank's own exchange format. Versioned so a later change can still read
 * files exported today.
 */
export const BANK_JSON_FORMAT = 'thi-phap-luat/bank'
export const BANK_JSON_VERSION = 1

/** The envelope only; each question is validated on its own so one bad question does not reject the file. */
export const bankJsonEnvelopeSchema = z.object({
  format: z.literal(BANK_JSON_FORMAT),
  version: z.number(),
  bank: z
    .object({
      name: z.string(),
      description: z.string().nullish(),
    })
    .optional(),
  questions: z.array(z.unknown()),
})

export const questionStatusSchema = z.enum(QUESTION_STATUSES, {
  error: 'Trạng thái phải là draft, approved hoặc retired',
})
