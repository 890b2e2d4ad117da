/** Public surface of the question importer (server-side). */
export { previewImport } from './preview-import'
export { detectFormat, sniffText, type DetectedFormat } from './detect-format'
export { buildTemplateXlsx } from './build-template-xlsx'
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_UNZIPPED_BYTES } from './import-limits'
export {
  FIELD_LABELS_VI,
  IMPORT_FIELDS,
  TEMPLATE_FIELDS,
  columnMappingSchema,
  guessColumnMapping,
  matchHeader,
  type ColumnMapping,
  type ImportField,
} from './column-mapping'
export { describeLocation, formatIssue } from './describe-location'
export type {
  ImportColumn,
  ImportDefaults,
  ImportFormat,
  ImportIssue,
  ImportLocation,
  ImportPreview,
  PreviewImportInput,
  PreviewRow,
} from './import-types'
