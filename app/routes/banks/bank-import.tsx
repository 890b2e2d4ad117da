import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useNavigation, useSubmit } from '@remix-run/react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useRootData } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button, buttonClass } from '~/components/ui/button'
import { Card, PageHeader } from '~/components/ui/card'
import { cn } from '~/components/ui/cn'
import { SelectField, TextAreaField, TextField } from '~/components/ui/field'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, formatCount } from '~/core/import/import-limits'
import { DIFFICULTIES } from '~/core/questions/question-draft'
import type { ImportPreviewView, PreviewRowView } from '~/models/question-import.server'
import { requireBank } from '~/models/banks.server'
import { commitImport } from '~/models/question-import.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { redirectWithToast } from '~/utils/toast.server'
import { readImportRequest } from './import-request.server'
import { BusyBar } from './ui/busy-bar'
import { ImportMapping, type MappingChoice } from './ui/import-mapping'
import { ImportRows } from './ui/import-rows'

export const meta: MetaFunction = () => [{ title: 'Nhập câu hỏi · Thi Pháp Luật' }]

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const bank = await requireBank(context.services.db, user.organisationId, params.bankId)
  return { bank: { id: bank.id, name: bank.name }, maxMegabytes: Math.round(MAX_IMPORT_BYTES / 1024 / 1024), maxRows: formatCount(MAX_IMPORT_ROWS) }
}

const commitSchema = z.object({
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.array(z.number().int().min(0)).max(MAX_IMPORT_ROWS),
  status: z.enum(['draft', 'approved', 'keep']),
})

/** Commit: the same file again (never the browser's idea of the rows), the rows confirmed, one transaction. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const { db } = context.services
  const bank = await requireBank(db, user.organisationId, params.bankId)
  const form = await readForm(request, context)
  const read = await readImportRequest(form)
  if (!read.ok) return { error: read.message }
  let options: z.infer<typeof commitSchema>
  try {
    options = commitSchema.parse({ fileHash: form.get('fileHash'), rows: JSON.parse(String(form.get('rows') ?? '[]')), status: form.get('status') })
  } catch {
    return { error: 'Dữ liệu xác nhận không hợp lệ. Hãy xem trước lại rồi xác nhận.' }
  }
  const result = await commitImport(db, user, bank.id, read.request, options)
  if (!result.ok) return { error: `${result.message} Chưa có câu hỏi nào được lưu.` }
  return redirectWithToast(request, context, `/organiser/banks/${bank.id}`, { kind: 'success', message: `Đã nhập ${result.created} câu hỏi.` })
}

type Phase = { kind: 'idle' } | { kind: 'uploading'; fraction: number } | { kind: 'parsing' } | { kind: 'error'; message: string }
type RowFilter = 'all' | 'valid' | 'invalid' | 'duplicates'
const ROWS_PER_PAGE = 50

const isDuplicate = (r: PreviewRowView) => r.duplicateInBank || r.duplicateOf !== undefined
/** The draft schema's message for a missing source (see legalSourceSchema). */
const lacksSource = (r: PreviewRowView) => r.issues.some((i) => i.severity === 'error' && i.message.startsWith('Văn bản nguồn (căn cứ pháp lý) không được để trống'))

/** Valid rows that are not duplicates start selected; duplicates can be added back by hand. */
function defaultSelection(preview: ImportPreviewView): Set<number> {
  return new Set(preview.rows.filter((r) => r.draft && !isDuplicate(r)).map((r) => r.index))
}

export default function BankImport() {
  const { t } = useTranslation()
  const { bank, maxMegabytes, maxRows } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const submit = useSubmit()
  const csrfToken = useRootData()?.csrfToken ?? ''

  const [source, setSource] = useState<'file' | 'paste'>('file')
  const [file, setFile] = useState<File | null>(null)
  const [text, setText] = useState('')
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [preview, setPreview] = useState<ImportPreviewView | null>(null)
  const [choice, setChoice] = useState<MappingChoice>({ mapping: {} })
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [filter, setFilter] = useState<RowFilter>('all')
  const [page, setPage] = useState(1)
  const [status, setStatus] = useState<'draft' | 'approved' | 'keep'>('draft')
  const [defaults, setDefaults] = useState({ sourceDocument: '', sourceArticle: '', sourceUrl: '', difficulty: '', tags: '' })
  const [defaultsOpen, setDefaultsOpen] = useState(false)

  const busy = phase.kind === 'uploading' || phase.kind === 'parsing'
  const committing = navigation.state !== 'idle' && navigation.formMethod?.toLowerCase() === 'post'

  /** The file or pasted text, plus the choices the preview used; the commit sends exactly the same. */
  const payload = (extra: MappingChoice | null): FormData => {
    const fd = new FormData()
    fd.set('csrf', csrfToken)
    if (source === 'file' && file) fd.set('file', file)
    else fd.set('text', text)
    fd.set('defaultSourceDocument', defaults.sourceDocument)
    fd.set('defaultSourceArticle', defaults.sourceArticle)
    fd.set('defaultSourceUrl', defaults.sourceUrl)
    fd.set('defaultDifficulty', defaults.difficulty)
    fd.set('defaultTags', defaults.tags)
    if (extra) {
      if (Object.keys(extra.mapping).length) fd.set('mapping', JSON.stringify(extra.mapping))
      if (extra.headerRow !== undefined) fd.set('headerRow', String(extra.headerRow))
      if (extra.sheet) fd.set('sheet', extra.sheet)
    }
    return fd
  }

  const requestPreview = (extra: MappingChoice | null) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', `/organiser/banks/${bank.id}/import/preview`)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.responseType = 'text'
    setPhase({ kind: 'uploading', fraction: 0 })
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setPhase({ kind: 'uploading', fraction: e.loaded / e.total })
    }
    xhr.upload.onload = () => setPhase({ kind: 'parsing' })
    xhr.onerror = () => setPhase({ kind: 'error', message: t('banks.import.networkError') })
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        body = null
      }
      if (xhr.status === 200 && body && typeof body === 'object' && 'rows' in body) {
        const next = body as ImportPreviewView
        setPreview(next)
        setChoice({ mapping: next.columnMapping ?? {}, headerRow: next.headerRow, sheet: next.sheet })
        setSelected(defaultSelection(next))
        setStatus(next.rows.some((r) => r.status) ? 'keep' : 'draft')
        setFilter('all')
        setPage(1)
        setPhase({ kind: 'idle' })
        if (next.rows.some(lacksSource)) setDefaultsOpen(true)
        return
      }
      const message =
        body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
          ? body.error
          : xhr.status === 403 || xhr.responseURL.includes('/login')
            ? t('banks.import.sessionLost')
            : t('banks.import.serverError', { status: xhr.status })
      setPhase({ kind: 'error', message })
    }
    xhr.send(payload(extra))
  }

  const start = () => {
    setPreview(null)
    requestPreview(null)
  }

  const commit = () => {
    if (!preview) return
    const fd = payload(preview.columns ? choice : null)
    fd.set('fileHash', preview.fileHash)
    fd.set('rows', JSON.stringify([...selected].sort((a, b) => a - b)))
    fd.set('status', status)
    submit(fd, { method: 'post', encType: 'multipart/form-data' })
  }

  const counts = useMemo(() => {
    const rows = preview?.rows ?? []
    return {
      all: rows.length,
      valid: rows.filter((r) => r.draft).length,
      invalid: rows.filter((r) => !r.draft).length,
      duplicates: rows.filter(isDuplicate).length,
    }
  }, [preview])
  const shown = useMemo(() => {
    const rows = preview?.rows ?? []
    if (filter === 'valid') return rows.filter((r) => r.draft)
    if (filter === 'invalid') return rows.filter((r) => !r.draft)
    if (filter === 'duplicates') return rows.filter(isDuplicate)
    return rows
  }, [preview, filter])
  const pages = Math.max(1, Math.ceil(shown.length / ROWS_PER_PAGE))
  const pageRows = shown.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE)
  const newTags = useMemo(() => new Set(preview?.newTags ?? []), [preview])
  const hasStatusInFile = preview?.rows.some((r) => r.status) ?? false
  const missingSource = useMemo(() => preview?.rows.filter(lacksSource).length ?? 0, [preview])

  const toggle = (index: number) =>
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      return next
    })
  const canPreview = !busy && (source === 'file' ? Boolean(file) : Boolean(text.trim()))

  return (
    <div>
      <PageHeader
        title={t('banks.import.title')}
        lead={<Link to={`/organiser/banks/${bank.id}`}>← {bank.name}</Link>}
        actions={
          <a href="/organiser/banks/template.xlsx" className={buttonClass('secondary')} download>
            {t('banks.template')}
          </a>
        }
      />
      <p className="-mt-3 mb-6 max-w-3xl text-ink-700">{t('banks.import.lead')}</p>

      <Card className="mb-6">
        <div role="tablist" aria-label={t('banks.import.title')} className="mb-4 flex gap-2">
          {(['file', 'paste'] as const).map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={source === s}
              aria-controls={`import-${s}`}
              id={`import-tab-${s}`}
              onClick={() => setSource(s)}
              className={buttonClass(source === s ? 'primary' : 'secondary', 'sm')}
            >
              {s === 'file' ? t('banks.import.fileTab') : t('banks.import.pasteTab')}
            </button>
          ))}
        </div>
        {source === 'file' ? (
          <div id="import-file" role="tabpanel" aria-labelledby="import-tab-file">
            <label htmlFor="import-file-input" className="mb-1 block text-sm font-medium text-ink-700">
              {t('banks.import.file')}
            </label>
            <input
              id="import-file-input"
              type="file"
              accept=".xlsx,.xlsm,.csv,.tsv,.txt,.docx,.json,.gift,.aiken"
              aria-describedby="import-file-hint"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              className="block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-ink-300 file:bg-white file:px-3 file:py-2 file:text-ink-900"
            />
            <p id="import-file-hint" className="mt-1 text-sm text-ink-600">
              {t('banks.import.fileHint', { mb: maxMegabytes, rows: maxRows })} {t('banks.import.templateHint')}
            </p>
          </div>
        ) : (
          <div id="import-paste" role="tabpanel" aria-labelledby="import-tab-paste">
            <TextAreaField
              label={t('banks.import.paste')}
              hint={t('banks.import.pasteHint')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={10}
              spellCheck={false}
              placeholder={'Câu 1: Nghị quyết 66-NQ/TW do cơ quan nào ban hành?\nA. Quốc hội\nB. Bộ Chính trị\nC. Chính phủ\nĐáp án: B\nCăn cứ: Nghị quyết số 66-NQ/TW'}
            />
          </div>
        )}
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-ink-700">{t('banks.import.formatsHelp')}</summary>
          <div className="mt-2 grid gap-3 md:grid-cols-3">
            <div>
              <p className="font-medium">Word / văn bản</p>
              <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-ink-50 p-2 text-xs">
                {'Câu 1: Nghị quyết 66-NQ/TW do cơ quan nào ban hành?\nA. Quốc hội\n*B. Bộ Chính trị\nC. Chính phủ\nGiải thích: …\nCăn cứ: Nghị quyết số 66-NQ/TW'}
              </pre>
            </div>
            <div>
              <p className="font-medium">Moodle GIFT</p>
              <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-ink-50 p-2 text-xs">
                {'::Câu 1::Nghị quyết 66-NQ/TW do cơ quan nào ban hành? {\n~Quốc hội\n=Bộ Chính trị\n~Chính phủ\n}'}
              </pre>
            </div>
            <div>
              <p className="font-medium">Aiken</p>
              <pre className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-ink-50 p-2 text-xs">
                {'Nghị quyết 66-NQ/TW do cơ quan nào ban hành?\nA. Quốc hội\nB. Bộ Chính trị\nC. Chính phủ\nANSWER: B'}
              </pre>
            </div>
          </div>
        </details>
        <details className="mt-3 rounded-lg border border-ink-200 px-3 py-2" open={defaultsOpen} onToggle={(e) => setDefaultsOpen(e.currentTarget.open)}>
          <summary className="cursor-pointer text-sm font-medium text-ink-700">{t('banks.import.defaults')}</summary>
          <p className="mt-1 text-sm text-ink-600">{t('banks.import.defaultsHint')}</p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <TextField
              className="sm:col-span-2"
              label={t('banks.import.defaultSourceDocument')}
              value={defaults.sourceDocument}
              onChange={(e) => setDefaults((d) => ({ ...d, sourceDocument: e.target.value }))}
            />
            <TextField label={t('banks.import.defaultSourceArticle')} value={defaults.sourceArticle} onChange={(e) => setDefaults((d) => ({ ...d, sourceArticle: e.target.value }))} />
            <TextField label={t('banks.import.defaultSourceUrl')} type="url" value={defaults.sourceUrl} onChange={(e) => setDefaults((d) => ({ ...d, sourceUrl: e.target.value }))} />
            <SelectField label={t('banks.import.defaultDifficulty')} value={defaults.difficulty} onChange={(e) => setDefaults((d) => ({ ...d, difficulty: e.target.value }))}>
              <option value="">{t('banks.import.defaultDifficultyNone')}</option>
              {DIFFICULTIES.map((d) => (
                <option key={d} value={d}>
                  {t(`banks.difficulty.${d}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('banks.import.defaultTags')} value={defaults.tags} onChange={(e) => setDefaults((d) => ({ ...d, tags: e.target.value }))} />
          </div>
        </details>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button onClick={start} disabled={!canPreview}>
            {t('banks.import.preview')}
          </Button>
        </div>
        {phase.kind === 'uploading' ? (
          <div className="mt-4">
            <BusyBar label={t('banks.import.uploading')} fraction={phase.fraction} />
          </div>
        ) : null}
        {phase.kind === 'parsing' ? (
          <div className="mt-4">
            <BusyBar label={t('banks.import.parsing')} />
          </div>
        ) : null}
        {phase.kind === 'error' ? (
          <Alert tone="error" className="mt-4">
            {phase.message}
          </Alert>
        ) : null}
      </Card>

      {actionData?.error ? (
        <Alert tone="error" className="mb-6">
          {actionData.error}
        </Alert>
      ) : null}

      {preview ? (
        <div className="space-y-6">
          <section aria-labelledby="import-summary">
            <h2 id="import-summary" className="mb-3 text-xl">
              {t('banks.import.summary', { file: preview.fileName })}
            </h2>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
              {[
                { label: t('banks.import.total'), value: preview.stats.total, tone: 'text-ink-900' },
                { label: t('banks.import.valid'), value: preview.stats.valid, tone: 'text-ok-700' },
                { label: t('banks.import.invalid'), value: preview.stats.invalid, tone: preview.stats.invalid ? 'text-bad-700' : 'text-ink-900' },
                { label: t('banks.import.duplicatesInFile'), value: preview.stats.duplicatesInFile, tone: preview.stats.duplicatesInFile ? 'text-warn-700' : 'text-ink-900' },
                { label: t('banks.import.duplicatesInBank'), value: preview.stats.duplicatesInBank, tone: preview.stats.duplicatesInBank ? 'text-warn-700' : 'text-ink-900' },
              ].map((tile) => (
                <div key={tile.label} className="rounded-xl border border-ink-200 bg-white p-3">
                  <dt className="text-sm text-ink-600">{tile.label}</dt>
                  <dd className={cn('mt-1 text-2xl font-semibold tabular-nums', tile.tone)}>{formatCount(tile.value)}</dd>
                </div>
              ))}
            </dl>
          </section>

          {preview.fileIssues.length ? (
            <Alert tone={preview.fileIssues.some((i) => i.severity === 'error') ? 'error' : 'warning'}>
              <p className="font-semibold">{t('banks.import.fileIssues')}</p>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {preview.fileIssues.map((i, n) => (
                  <li key={n}>
                    {i.place}: {i.message}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}

          {missingSource > 0 ? <Alert tone="warning">{t('banks.import.missingSource', { count: missingSource })}</Alert> : null}

          {preview.newTags.length ? <Alert tone="info">{t('banks.import.newTags', { tags: preview.newTags.join(', ') })}</Alert> : null}

          {preview.columns ? (
            <ImportMapping
              columns={preview.columns}
              sheets={preview.sheets}
              source={preview.mappingSource}
              value={choice}
              onChange={setChoice}
              onApply={() => requestPreview(choice)}
              busy={busy}
              initiallyOpen={preview.mappingSource === 'chosen' || preview.stats.invalid > 0 || !preview.columnMapping?.stem}
            />
          ) : null}

          {preview.rows.length === 0 ? (
            <Alert tone="error">{t('banks.import.noRows')}</Alert>
          ) : (
            <section aria-labelledby="import-rows-title">
              <h2 id="import-rows-title" className="mb-3 text-xl">
                {t('banks.import.rowsTitle')}
              </h2>
              <div className="mb-3 flex flex-wrap items-center gap-2">
                <span className="text-sm text-ink-700">{t('banks.import.show')}:</span>
                {(
                  [
                    ['all', t('banks.import.showAll', { count: counts.all })],
                    ['valid', t('banks.import.showValid', { count: counts.valid })],
                    ['invalid', t('banks.import.showInvalid', { count: counts.invalid })],
                    ['duplicates', t('banks.import.showDuplicates', { count: counts.duplicates })],
                  ] as const
                ).map(([key, label]) => (
                  <button
                    key={key}
                    type="button"
                    aria-pressed={filter === key}
                    onClick={() => {
                      setFilter(key)
                      setPage(1)
                    }}
                    className={buttonClass(filter === key ? 'primary' : 'secondary', 'sm')}
                  >
                    {label}
                  </button>
                ))}
              </div>
              <div className="mb-3 flex flex-wrap gap-2">
                <Button variant="ghost" size="sm" onClick={() => setSelected(new Set(preview.rows.filter((r) => r.draft).map((r) => r.index)))}>
                  {t('banks.import.selectAll')}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setSelected((s) => new Set([...s].filter((i) => !isDuplicate(preview.rows[i]))))}>
                  {t('banks.import.skipDuplicates')}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setSelected(new Set())}>
                  {t('banks.import.selectNone')}
                </Button>
              </div>
              <ImportRows rows={pageRows} selected={selected} onToggle={toggle} newTags={newTags} />
              {pages > 1 ? (
                <nav aria-label={t('banks.bank.pager')} className="mt-3 flex items-center justify-between gap-2">
                  <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
                    ← {t('banks.bank.prev')}
                  </Button>
                  <span className="text-sm text-ink-700">{t('banks.import.pageOf', { page, pages })}</span>
                  <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
                    {t('banks.bank.next')} →
                  </Button>
                </nav>
              ) : null}
            </section>
          )}

          {preview.stats.valid > 0 ? (
            <Card className="shadow-lg md:sticky md:bottom-2 md:z-10">
              <fieldset>
                <legend className="mb-2 font-semibold text-ink-900">{t('banks.import.statusLabel')}</legend>
                <div className="flex flex-col gap-1 sm:flex-row sm:gap-5">
                  {(hasStatusInFile ? (['keep', 'draft', 'approved'] as const) : (['draft', 'approved'] as const)).map((s) => (
                    <label key={s} className="flex min-h-[44px] items-center gap-2">
                      <input type="radio" name="import-status" value={s} checked={status === s} onChange={() => setStatus(s)} className="h-5 w-5" />
                      {s === 'keep' ? t('banks.import.statusKeep') : s === 'draft' ? t('banks.import.statusDraft') : t('banks.import.statusApproved')}
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="mt-3 flex flex-wrap items-center gap-3">
                <Button size="lg" onClick={commit} disabled={selected.size === 0 || committing || busy}>
                  {t('banks.import.confirm', { count: selected.size })}
                </Button>
                {selected.size === 0 ? <span className="text-sm text-ink-700">{t('banks.import.nothingSelected')}</span> : null}
              </div>
              {committing ? (
                <div className="mt-3">
                  <BusyBar label={t('banks.import.committing', { count: selected.size })} />
                </div>
              ) : null}
            </Card>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
