import { createHash } from 'node:crypto'
import { type ColumnMapping, columnMappingSchema, foldHeader } from '~/core/import/column-mapping'
import { describeLocation } from '~/core/import/describe-location'
import type { ImportColumn, ImportFormat, ImportIssue, ImportPreview, PreviewImportInput } from '~/core/import/import-types'
import { previewImport } from '~/core/import/preview-import'
import { duplicateKey, type QuestionDraft, type QuestionStatus } from '~/core/questions/question-draft'
import type { Prisma } from '~/generated/prisma/client'
import type { Db } from '~/utils/db.server'
import { audit } from './audit.server'
import type { Actor } from './banks.server'
import { newId } from './new-id.server'
import { organisationTags } from './questions.server'
import { questionMirror, STATUS_TO_DB, versionData } from './question-write.server'

/**
 * Import into a bank: the preview an organiser checks (nothing stored), then
 * the commit of the rows they confirmed, in one transaction. The commit
 * parses the same file again rather than trusting anything the browser sends
 * back, and refuses if the file is not the one previewed.
 */

export type ImportRequest = Pick<PreviewImportInput, 'fileName' | 'bytes' | 'mapping' | 'headerRow' | 'sheet' | 'defaults'>

export type IssueView = { place: string; message: string; severity: ImportIssue['severity'] }

export type PreviewRowView = {
  index: number
  place: string
  draft?: QuestionDraft
  /** Status carried by a JSON export. */
  status?: QuestionStatus
  issues: IssueView[]
  /** Row number (index) of an earlier row of the same file with the same question. */
  duplicateOf?: number
  /** The bank already holds this question (same normalised stem and options). */
  duplicateInBank: boolean
  /** What the file held, for rows that cannot be imported (shortened). */
  raw?: Record<string, string>
}

export type MappingSource = 'guessed' | 'remembered' | 'chosen'

export type ImportPreviewView = {
  fileName: string
  fileHash: string
  format: ImportFormat | 'unknown'
  sheet?: string
  sheets?: string[]
  headerRow?: number
  columns?: ImportColumn[]
  columnMapping?: ColumnMapping
  mappingSource?: MappingSource
  bankName?: string
  fileIssues: IssueView[]
  rows: PreviewRowView[]
  stats: ImportPreview['stats'] & { duplicatesInBank: number }
  /** Topics in the file that the organisation has not used yet: allowed, shown as new. */
  newTags: string[]
}

const RAW_PREVIEW_CHARS = 300

export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Which spreadsheet layout this is: the header texts by column, accents and case ignored. */
export function headerSignature(columns: readonly ImportColumn[]): string {
  const text = columns
    .filter((c) => c.header.trim())
    .map((c) => `${c.column}=${foldHeader(c.header)}`)
    .join('|')
  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}

/**
 * Only the columns are remembered, never the header row: the same headers
 * may sit under a title row in one file and on the first row of the next,
 * and the importer finds the header row of each file itself.
 */
function readStoredMapping(value: unknown): ColumnMapping | null {
  if (!value || typeof value !== 'object' || !('mapping' in value)) return null
  const mapping = columnMappingSchema.safeParse(value.mapping)
  return mapping.success ? mapping.data : null
}

function sameMapping(a: ColumnMapping | undefined, b: ColumnMapping): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b)]) as Set<keyof ColumnMapping>
  return [...keys].every((k) => a?.[k] === b[k])
}

/** Parses with the organiser's mapping, or the one remembered for this layout, or the guess. */
async function parse(db: Db, organisationId: string, req: ImportRequest): Promise<{ preview: ImportPreview; source?: MappingSource }> {
  if (req.mapping) return { preview: await previewImport(req), source: 'chosen' }
  const first = await previewImport(req)
  if (!first.columns) return { preview: first }
  const saved = await db.importMapping.findUnique({
    where: { organisationId_signature: { organisationId, signature: headerSignature(first.columns) } },
    select: { mapping: true },
  })
  const remembered = saved ? readStoredMapping(saved.mapping) : null
  if (!remembered) return { preview: first, source: 'guessed' }
  if (sameMapping(first.columnMapping, remembered)) return { preview: first, source: 'remembered' }
  return { preview: await previewImport({ ...req, mapping: remembered, headerRow: req.headerRow ?? first.headerRow }), source: 'remembered' }
}

async function keysInBank(db: Db, bankId: string, drafts: readonly QuestionDraft[]): Promise<Set<string>> {
  const keys = [...new Set(drafts.map((d) => duplicateKey(d)))]
  if (keys.length === 0) return new Set()
  const rows = await db.question.findMany({ where: { bankId, duplicateKey: { in: keys } }, select: { duplicateKey: true } })
  return new Set(rows.map((r) => r.duplicateKey))
}

function issueView(issue: ImportIssue): IssueView {
  return { place: describeLocation(issue.location), message: issue.message, severity: issue.severity }
}

function shortRaw(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(raw)) out[k] = v.length > RAW_PREVIEW_CHARS ? `${v.slice(0, RAW_PREVIEW_CHARS)}…` : v
  return out
}

export async function prepareImportPreview(db: Db, organisationId: string, bankId: string, req: ImportRequest): Promise<ImportPreviewView> {
  const { preview, source } = await parse(db, organisationId, req)
  const drafts = preview.rows.flatMap((r) => (r.draft ? [r.draft] : []))
  const [inBank, knownTags] = await Promise.all([keysInBank(db, bankId, drafts), organisationTags(db, organisationId)])
  const known = new Set(knownTags)
  const newTags = [...new Set(drafts.flatMap((d) => d.tags))].filter((t) => !known.has(t)).sort((a, b) => a.localeCompare(b, 'vi'))
  let duplicatesInBank = 0
  const rows = preview.rows.map((r): PreviewRowView => {
    const duplicateInBank = Boolean(r.draft && inBank.has(duplicateKey(r.draft)))
    if (duplicateInBank) duplicatesInBank++
    return {
      index: r.index,
      place: describeLocation(r.location),
      ...(r.draft ? { draft: r.draft } : { raw: shortRaw(r.raw) }),
      ...(r.status ? { status: r.status } : {}),
      issues: r.issues.map(issueView),
      ...(r.duplicateOf !== undefined ? { duplicateOf: r.duplicateOf } : {}),
      duplicateInBank,
    }
  })
  return {
    fileName: req.fileName,
    fileHash: fileHash(req.bytes),
    format: preview.format,
    ...(preview.sheet ? { sheet: preview.sheet } : {}),
    ...(preview.sheets ? { sheets: preview.sheets } : {}),
    ...(preview.headerRow !== undefined ? { headerRow: preview.headerRow } : {}),
    ...(preview.columns ? { columns: preview.columns } : {}),
    ...(preview.columnMapping ? { columnMapping: preview.columnMapping } : {}),
    ...(source ? { mappingSource: source } : {}),
    ...(preview.bank ? { bankName: preview.bank.name } : {}),
    fileIssues: preview.fileIssues.map(issueView),
    rows,
    stats: { ...preview.stats, duplicatesInBank },
    newTags,
  }
}

export type CommitOptions = {
  /** sha256 of the file the organiser previewed. */
  fileHash: string
  /** Row indices the organiser confirmed. */
  rows: readonly number[]
  /** Status of the new questions; 'keep' uses the status a JSON export carries (draft when it has none). */
  status: QuestionStatus | 'keep'
}

export type CommitResult = { ok: true; created: number } | { ok: false; message: string }

export async function commitImport(db: Db, actor: Actor, bankId: string, req: ImportRequest, options: CommitOptions): Promise<CommitResult> {
  if (fileHash(req.bytes) !== options.fileHash) {
    return { ok: false, message: 'Tệp gửi lên khác với tệp đã xem trước. Hãy xem trước lại rồi xác nhận.' }
  }
  if (options.rows.length === 0) return { ok: false, message: 'Chưa chọn câu hỏi nào để nhập.' }
  const preview = await previewImport(req)
  const fatal = preview.fileIssues.find((i) => i.severity === 'error')
  if (fatal) return { ok: false, message: `${describeLocation(fatal.location)}: ${fatal.message}` }
  const items: { draft: QuestionDraft; status: QuestionStatus }[] = []
  for (const index of new Set(options.rows)) {
    const row = preview.rows[index]
    if (!row?.draft) {
      return { ok: false, message: `${row ? describeLocation(row.location) : `Dòng thứ ${index + 1}`} không phải câu hỏi hợp lệ nên không thể nhập.` }
    }
    items.push({ draft: row.draft, status: options.status === 'keep' ? (row.status ?? 'draft') : options.status })
  }
  await db.$transaction(
    async (tx) => {
      await insertQuestions(tx, bankId, items, actor.id)
      if (preview.columns && preview.columnMapping) {
        const signature = headerSignature(preview.columns)
        const mapping = { mapping: preview.columnMapping }
        await tx.importMapping.upsert({
          where: { organisationId_signature: { organisationId: actor.organisationId, signature } },
          create: { organisationId: actor.organisationId, signature, mapping },
          update: { mapping },
        })
      }
      await audit(tx, actor, 'bank.import', 'QuestionBank', bankId, { fileName: req.fileName, format: preview.format, created: items.length })
    },
    { timeout: 120_000, maxWait: 10_000 },
  )
  return { ok: true, created: items.length }
}

/**
 * Inserts many questions with their first versions in one statement fed by
 * two JSON parameters (Prisma's createMany took ten times longer for 10,000
 * questions). A question and its version name each other; PostgreSQL checks
 * both foreign keys at the end of the statement, so no second pass (an UPDATE
 * would rewrite every row and its trigram index entries; a data-modifying WITH
 * always runs to completion). Ids are made here
 * for that reason. Row contents come from questionMirror/versionData, exactly
 * as createQuestion stores them (a test compares the two).
 */
export async function insertQuestions(
  tx: Prisma.TransactionClient,
  bankId: string,
  items: readonly { draft: QuestionDraft; status: QuestionStatus }[],
  createdById: string | null,
): Promise<string[]> {
  const questions = []
  const versions = []
  for (const item of items) {
    const id = newId()
    const versionId = newId()
    questions.push({ id, versionId, status: STATUS_TO_DB[item.status], ...questionMirror(item.draft) })
    versions.push({ id: versionId, questionId: id, ...versionData(item.draft, 1, createdById) })
  }
  await tx.$executeRaw`
    WITH questions AS (
      INSERT INTO "Question" (id, "bankId", status, type, difficulty, tags, "searchText", "sourceKey", "duplicateKey", "currentVersionId", "updatedAt")
      SELECT q.id, ${bankId}, q.status::"QuestionStatus", q.type::"QuestionType", q.difficulty::"Difficulty",
             ARRAY(SELECT jsonb_array_elements_text(q.tags)), q."searchText", q."sourceKey", q."duplicateKey", q."versionId", now()
      FROM jsonb_to_recordset(${JSON.stringify(questions)}::jsonb)
        AS q(id text, "versionId" text, status text, type text, difficulty text, tags jsonb, "searchText" text, "sourceKey" text, "duplicateKey" text)
    )
    INSERT INTO "QuestionVersion" (id, "questionId", version, type, stem, options, explanation, "sourceDocument", "sourceArticle", "sourceUrl", tags, difficulty, "createdById")
    SELECT v.id, v."questionId", v.version, v.type::"QuestionType", v.stem, v.options, v.explanation, v."sourceDocument", v."sourceArticle",
           v."sourceUrl", ARRAY(SELECT jsonb_array_elements_text(v.tags)), v.difficulty::"Difficulty", v."createdById"
    FROM jsonb_to_recordset(${JSON.stringify(versions)}::jsonb)
      AS v(id text, "questionId" text, version int, type text, stem text, options jsonb, explanation text, "sourceDocument" text,
           "sourceArticle" text, "sourceUrl" text, tags jsonb, difficulty text, "createdById" text)`
  return questions.map((q) => q.id)
}
