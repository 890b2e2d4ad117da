import { useTranslation } from 'react-i18next'
import { Button } from '~/components/ui/button'
import { Card } from '~/components/ui/card'
import { SelectField, TextField } from '~/components/ui/field'
import { type ColumnMapping, FIELD_LABELS_VI, IMPORT_FIELDS, type ImportField } from '~/core/import/column-mapping'
import type { ImportColumn } from '~/core/import/import-types'
import type { MappingSource } from '~/models/question-import.server'

export type MappingChoice = { mapping: ColumnMapping; headerRow?: number; sheet?: string }

/** Which column holds which part of a question; pre-filled with what the preview used. */
export function ImportMapping({
  columns,
  sheets,
  source,
  value,
  onChange,
  onApply,
  busy,
  initiallyOpen,
}: {
  columns: ImportColumn[]
  sheets?: string[]
  source?: MappingSource
  value: MappingChoice
  onChange: (next: MappingChoice) => void
  onApply: () => void
  busy: boolean
  /** Open when something needs the organiser's attention; a layout read cleanly stays folded. */
  initiallyOpen: boolean
}) {
  const { t } = useTranslation()
  const setField = (field: ImportField, column: string) => {
    const mapping = { ...value.mapping }
    if (column) mapping[field] = column
    else delete mapping[field]
    onChange({ ...value, mapping })
  }
  const note = source === 'remembered' ? t('banks.import.mappingRemembered') : source === 'chosen' ? t('banks.import.mappingChosen') : t('banks.import.mappingGuessed')
  return (
    <Card>
      <details open={initiallyOpen}>
        <summary className="cursor-pointer text-lg font-semibold text-ink-900">{t('banks.import.mapping')}</summary>
        <p className="mt-1 text-sm text-ink-600">{t('banks.import.mappingLead')}</p>
        <div className="mt-4 grid gap-3 sm:grid-cols-2">
          {sheets && sheets.length > 1 ? (
            <SelectField label={t('banks.import.sheet')} value={value.sheet ?? ''} onChange={(e) => onChange({ ...value, sheet: e.target.value })}>
              {sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </SelectField>
          ) : null}
          <TextField
            label={t('banks.import.headerRow')}
            type="number"
            min={0}
            inputMode="numeric"
            value={value.headerRow ?? ''}
            onChange={(e) => onChange({ ...value, headerRow: e.target.value === '' ? undefined : Number(e.target.value) })}
          />
        </div>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {IMPORT_FIELDS.map((field) => (
            <SelectField key={field} label={FIELD_LABELS_VI[field]} value={value.mapping[field] ?? ''} onChange={(e) => setField(field, e.target.value)}>
              <option value="">{t('banks.import.notUsed')}</option>
              {columns.map((c) => (
                <option key={c.column} value={c.column}>
                  {c.column}
                  {c.header ? ` · ${c.header}` : ''}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        <Button className="mt-4" onClick={onApply} disabled={busy}>
          {t('banks.import.applyMapping')}
        </Button>
      </details>
      <p className="mt-2 text-sm font-medium text-ink-700">{note}</p>
    </Card>
  )
}
