import { z } from 'zod'
import { columnMappingSchema } from '~/core/import/column-mapping'
import type { ImportDefaults } from '~/core/import/import-types'
import { DIFFICULTIES } from '~/core/questions/question-draft'
import { splitTagText } from '~/core/questions/question-form'
import type { ImportRequest } from '~/models/question-import.server'

/** Name given to text pasted into the import page (it is read like a .txt file). */
export const PASTED_FILE_NAME = 'Văn bản dán.txt'

const optionsSchema = z.object({
  mapping: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined
      try {
        return JSON.parse(s) as unknown
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Cách chọn cột không hợp lệ' })
        return z.NEVER
      }
    })
    .pipe(columnMappingSchema.optional()),
  headerRow: z.coerce.number().int().min(0).max(1_000_000).optional(),
  sheet: z.string().max(200).optional(),
  // Values for questions that do not say (Moodle GIFT/Aiken and many Word files carry no legal source).
  defaultSourceDocument: z.string().max(300).optional(),
  defaultSourceArticle: z.string().max(300).optional(),
  defaultSourceUrl: z.string().max(2000).optional(),
  defaultDifficulty: z.enum(DIFFICULTIES).optional(),
  defaultTags: z.string().max(700).optional(),
})

function defaultsOf(v: z.output<typeof optionsSchema>): ImportDefaults | undefined {
  const document = v.defaultSourceDocument?.normalize('NFC').trim()
  const tags = splitTagText(v.defaultTags)
  const defaults: ImportDefaults = {
    ...(document
      ? {
          source: {
            document,
            ...(v.defaultSourceArticle?.trim() ? { article: v.defaultSourceArticle.normalize('NFC').trim() } : {}),
            ...(v.defaultSourceUrl?.trim() ? { url: v.defaultSourceUrl.trim() } : {}),
          },
        }
      : {}),
    ...(v.defaultDifficulty ? { difficulty: v.defaultDifficulty } : {}),
    ...(tags.length ? { tags } : {}),
  }
  return Object.keys(defaults).length ? defaults : undefined
}

const blankToUndefined = (v: FormDataEntryValue | null) => (typeof v === 'string' && v !== '' ? v : undefined)

/**
 * The file (or pasted text) and the organiser's choices from an import form.
 * Bytes are read whole: the body limit (MAX_BODY_MB) has already capped them.
 */
export async function readImportRequest(form: FormData): Promise<{ ok: true; request: ImportRequest } | { ok: false; message: string }> {
  const options = optionsSchema.safeParse({
    mapping: blankToUndefined(form.get('mapping')),
    headerRow: blankToUndefined(form.get('headerRow')),
    sheet: blankToUndefined(form.get('sheet')),
    defaultSourceDocument: blankToUndefined(form.get('defaultSourceDocument')),
    defaultSourceArticle: blankToUndefined(form.get('defaultSourceArticle')),
    defaultSourceUrl: blankToUndefined(form.get('defaultSourceUrl')),
    defaultDifficulty: blankToUndefined(form.get('defaultDifficulty')),
    defaultTags: blankToUndefined(form.get('defaultTags')),
  })
  if (!options.success) {
    const mappingBroken = options.error.issues.some((i) => i.path[0] === 'mapping')
    return { ok: false, message: mappingBroken ? 'Cách chọn cột không hợp lệ; hãy chọn lại cột cho từng thông tin.' : 'Giá trị mặc định không hợp lệ.' }
  }
  const file = form.get('file')
  const text = form.get('text')
  let fileName: string
  let bytes: Uint8Array
  if (file instanceof File && file.name) {
    fileName = file.name.normalize('NFC').slice(0, 200)
    bytes = new Uint8Array(await file.arrayBuffer())
  } else if (typeof text === 'string' && text.trim()) {
    fileName = PASTED_FILE_NAME
    bytes = new TextEncoder().encode(text)
  } else {
    return { ok: false, message: 'Hãy chọn một tệp hoặc dán nội dung câu hỏi.' }
  }
  const { mapping, headerRow, sheet } = options.data
  const defaults = defaultsOf(options.data)
  return { ok: true, request: { fileName, bytes, mapping, headerRow, sheet, ...(defaults ? { defaults } : {}) } }
}
