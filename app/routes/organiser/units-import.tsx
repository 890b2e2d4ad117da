import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { CsrfInput } from '~/components/csrf-input'
import { Alert } from '~/components/ui/alert'
import { Button } from '~/components/ui/button'
import { Card, PageHeader } from '~/components/ui/card'
import { parseUnitRows, UNIT_KINDS } from '~/core/units/parse-unit-rows'
import { importUnits } from '~/models/units.server'
import { readForm } from '~/utils/csrf.server'
import { requireOrganiser } from '~/utils/organiser.server'
import { readFirstSheet } from '~/utils/read-sheet.server'
import { redirectWithToast } from '~/utils/toast.server'

export const meta: MetaFunction = () => [{ title: 'Nhập đơn vị · Thi Pháp Luật' }]

const MAX_FILE_BYTES = 2 * 1024 * 1024

const confirmedRows = z.array(
  z.object({
    row: z.number().int().positive(),
    name: z.string().min(1).max(200),
    parentName: z.string().max(200).nullable(),
    headcount: z.number().int().min(0).max(10_000_000).nullable(),
    kind: z.enum(UNIT_KINDS),
  }),
).min(1).max(5000)

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireOrganiser(request, context)
  return null
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireOrganiser(request, context)
  const form = await readForm(request, context)
  const { db } = context.services
  if (form.get('intent') === 'commit') {
    let rows: z.infer<typeof confirmedRows>
    try {
      rows = confirmedRows.parse(JSON.parse(String(form.get('rows') ?? '')))
    } catch {
      return { error: 'Dữ liệu xác nhận không hợp lệ. Vui lòng tải tệp lên lại.' } as const
    }
    const result = await importUnits(db, user, rows)
    if (!result.ok) return { error: `${result.message}. Không có đơn vị nào được nhập.` }
    return redirectWithToast(request, context, '/organiser/units', { kind: 'success', message: `Đã nhập ${result.created} đơn vị.` })
  }
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return { error: 'Hãy chọn một tệp .xlsx hoặc .csv có dữ liệu.' }
  if (file.size > MAX_FILE_BYTES) return { error: `Tệp "${file.name}" lớn hơn giới hạn 2 MB cho danh sách đơn vị.` }
  const sheet = await readFirstSheet(file.name, new Uint8Array(await file.arrayBuffer()))
  if (!sheet.ok) return { error: sheet.message }
  const existing = await db.unit.findMany({ where: { organisationId: user.organisationId }, select: { name: true } })
  return { fileName: file.name, preview: parseUnitRows(sheet.value.sheet, sheet.value.cells, existing.map((u) => u.name)) }
}

export default function UnitsImport() {
  const { t } = useTranslation()
  const data = useActionData<typeof action>()
  const navigation = useNavigation()
  const busy = navigation.state !== 'idle'
  const preview = data && 'preview' in data && data.preview ? { fileName: data.fileName, preview: data.preview } : null
  return (
    <div>
      <PageHeader title={t('units.import')} lead={t('units.importHint')} actions={<Link to="/organiser/units">{t('common.back')}</Link>} />
      <Card className="mb-6">
        <Form method="post" encType="multipart/form-data" className="flex flex-col gap-4 sm:flex-row sm:items-end">
          <CsrfInput />
          <input type="hidden" name="intent" value="preview" />
          <div className="flex-1">
            <label htmlFor="file" className="mb-1 block text-sm font-medium text-ink-700">
              Tệp .xlsx hoặc .csv (tối đa 2 MB)
            </label>
            <input id="file" name="file" type="file" accept=".xlsx,.csv" required className="block w-full text-sm" />
          </div>
          <Button type="submit" disabled={busy}>
            {t('units.preview')}
          </Button>
        </Form>
      </Card>
      {data && 'error' in data ? <Alert tone="error">{data.error}</Alert> : null}
      {preview ? (
        <div className="space-y-4">
          <p className="text-ink-700">
            <strong>{preview.fileName}</strong> · trang tính “{preview.preview.sheet}”: {t('units.rowsOk', { count: preview.preview.rows.length })},{' '}
            {t('units.rowsBad', { count: new Set(preview.preview.issues.map((i) => i.row)).size })}
          </p>
          {preview.preview.issues.length > 0 ? (
            <Card>
              <h2 className="mb-2 text-lg text-bad-700">Lỗi cần sửa (các dòng này sẽ không được nhập)</h2>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {preview.preview.issues.map((issue, i) => (
                  <li key={i}>
                    Dòng {issue.row}
                    {issue.column ? `, cột ${issue.column}` : ''}: {issue.message}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {preview.preview.rows.length > 0 ? (
            <Card>
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Xem trước đơn vị sẽ được tạo</caption>
                  <thead>
                    <tr className="border-b border-ink-200">
                      <th className="py-2 pr-4">Dòng</th>
                      <th className="py-2 pr-4">{t('units.name')}</th>
                      <th className="py-2 pr-4">{t('units.parent')}</th>
                      <th className="py-2 pr-4">{t('units.kind')}</th>
                      <th className="py-2">{t('units.headcount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.preview.rows.map((r) => (
                      <tr key={r.row} className="border-b border-ink-100">
                        <td className="py-1.5 pr-4">{r.row}</td>
                        <td className="py-1.5 pr-4">{r.name}</td>
                        <td className="py-1.5 pr-4">{r.parentName ?? '—'}</td>
                        <td className="py-1.5 pr-4">{t(`units.kinds.${r.kind}`)}</td>
                        <td className="py-1.5">{r.headcount ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Form method="post" className="mt-4">
                <CsrfInput />
                <input type="hidden" name="intent" value="commit" />
                <input type="hidden" name="rows" value={JSON.stringify(preview.preview.rows)} />
                <Button type="submit" disabled={busy}>
                  {t('units.confirmImport', { count: preview.preview.rows.length })}
                </Button>
              </Form>
            </Card>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
