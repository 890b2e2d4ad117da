/** Public surface of the bank exporters (server-side: exceljs). */
export { exportBankXlsx } from './export-bank-xlsx'
export { exportBankJson } from './export-bank-json'
export { exportBankGift } from './export-bank-gift'
export { BANK_JSON_FORMAT, BANK_JSON_VERSION } from './bank-json-format'
export type { ExportBank, ExportQuestion } from './export-types'
