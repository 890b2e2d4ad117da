/** Largest file accepted by any importer (the upload route should enforce it too). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024

/** Most questions (data rows, blocks) read from one file. */
export const MAX_IMPORT_ROWS = 20_000

/**
 * A 10 MB .xlsx/.docx is a zip and can hide far more XML (a "zip bomb");
 * refuse before inflating anything past this.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024

/** The header row is looked for within this many rows from the top of a sheet. */
export const HEADER_SEARCH_ROWS = 20

/** 20000 → "20.000", the Vietnamese way, without depending on the runtime's ICU data. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** 10485760 → "10 MB", 12_900_000 → "12,4 MB": rounded up, so a file over a limit never reads as equal to it. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  const rounded = Math.ceil(mb * 10 - 1e-9) / 10
  return `${String(rounded).replace('.', ',')} MB`
}
