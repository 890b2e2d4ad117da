import { z } from 'zod'
import { type CertificateRules, certificateRulesSchema } from '~/core/certificates/rules'
import { certificateTemplateSchema } from '~/core/certificates/template'
import { nfc } from '~/core/text/normalize'

/**
 * The template page's forms, shared by the browser (instant feedback) and the
 * action (the real check). The wording form is parsed WITHOUT Conform's
 * coercion (`disableAutoCoercion: true`): it would turn an emptied field into
 * "missing", and the message must say "không được để trống". An unticked
 * checkbox means false (the core's default for the motto is true).
 */

const shape = certificateTemplateSchema.shape
const blankAsEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === undefined || v === null ? '' : v), schema)

const NAME_REQUIRED = 'Nhập tên mẫu, ví dụ "Giấy chứng nhận đạt giải"'
/** Used with and without Conform's coercion: an empty name is "missing" in one and "" in the other, with the same message. */
export const templateNameSchema = z
  .string({ error: NAME_REQUIRED })
  .transform((s) => nfc(s).replace(/\s+/g, ' ').trim())
  .pipe(z.string({ error: NAME_REQUIRED }).min(1, NAME_REQUIRED).max(120, 'Tên mẫu dài quá 120 ký tự'))

export const templateWordingSchema = z.object({
  name: templateNameSchema,
  title: blankAsEmpty(shape.title),
  organisingBody: blankAsEmpty(shape.organisingBody),
  showNationalMotto: z.preprocess((v) => v === 'on' || v === true, z.boolean()),
  recipientLabel: blankAsEmpty(shape.recipientLabel),
  body: blankAsEmpty(shape.body),
  signerTitle: blankAsEmpty(shape.signerTitle),
  signerName: blankAsEmpty(shape.signerName),
  place: blankAsEmpty(shape.place),
  accentColor: blankAsEmpty(shape.accentColor),
})

export type TemplateWording = z.output<typeof templateWordingSchema>

export const WORDING_FIELDS = [
  'title',
  'organisingBody',
  'recipientLabel',
  'body',
  'signerTitle',
  'signerName',
  'place',
  'accentColor',
] as const

/** The rules form: a threshold left empty means "no threshold"; then the core's rules decide, with their messages. */
export const templateRulesFormSchema = z
  .object({
    prizeWinners: z.boolean().optional().transform((v) => v === true),
    minScorePercent: z.number({ error: 'Ngưỡng điểm phải là một số từ 0 đến 100' }).optional().transform((v) => v ?? null),
    livePodium: z.boolean().optional().transform((v) => v === true),
  })
  .transform((value, ctx): CertificateRules => {
    const rules = certificateRulesSchema.safeParse(value)
    if (rules.success) return rules.data
    for (const issue of rules.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    return z.NEVER
  })

export const createTemplateSchema = z.object({ name: templateNameSchema })
