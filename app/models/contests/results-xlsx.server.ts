import ExcelJS from 'exceljs'
import { PRIZE_LABELS_VI } from '~/core/contest/assign-prizes'
import { formatDuration, formatVietnamDateTime } from '~/core/contest/vietnam-time'
import type { ResultRow, StandingRow } from './contest-results.server'

/**
 * Results as a spreadsheet for the jury's decision (C14): participant
 * details, unit, score, prediction, time, rank and prize. Times stay numbers
 * (seconds) next to their readable form, so the sheet can be re-sorted.
 */

const PRIZE_FROM_DB: Record<string, string> = {
  FIRST: PRIZE_LABELS_VI.first,
  SECOND: PRIZE_LABELS_VI.second,
  THIRD: PRIZE_LABELS_VI.third,
  CONSOLATION: PRIZE_LABELS_VI.consolation,
}

function styleHeader(sheet: ExcelJS.Worksheet) {
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2E6E4' } }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

export async function roundResultsWorkbook(input: { contestTitle: string; roundTitle: string; fields: { key: string; label: string }[]; rows: ResultRow[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Thi Pháp Luật'
  const sheet = wb.addWorksheet('Kết quả')
  sheet.columns = [
    { header: 'Hạng', key: 'rank', width: 7 },
    { header: 'Họ và tên', key: 'fullName', width: 28 },
    { header: 'Ngày sinh', key: 'dateOfBirth', width: 12 },
    { header: 'Số điện thoại', key: 'phone', width: 14 },
    { header: 'Email', key: 'email', width: 24 },
    { header: 'Đơn vị', key: 'unitName', width: 30 },
    ...input.fields.map((f) => ({ header: f.label, key: `field:${f.key}`, width: 18 })),
    { header: 'Điểm', key: 'score', width: 8 },
    { header: 'Điểm tối đa', key: 'maxScore', width: 11 },
    { header: 'Dự đoán', key: 'prediction', width: 10 },
    { header: 'Chênh lệch dự đoán', key: 'predictionDiff', width: 12 },
    { header: 'Thời gian làm bài (giây)', key: 'seconds', width: 14 },
    { header: 'Thời gian làm bài', key: 'duration', width: 12 },
    { header: 'Thời điểm nộp bài', key: 'submittedAt', width: 18 },
    { header: 'Giải', key: 'prize', width: 18 },
    { header: 'Số lần rời trang', key: 'tabSwitches', width: 10 },
  ]
  for (const r of input.rows) {
    sheet.addRow({
      rank: r.rank,
      fullName: r.fullName,
      dateOfBirth: r.dateOfBirth ?? '',
      phone: r.phone ?? '',
      email: r.email ?? '',
      unitName: r.unitName ?? '',
      ...Object.fromEntries(input.fields.map((f) => [`field:${f.key}`, r.customFields[f.key] ?? ''])),
      score: r.score,
      maxScore: r.maxScore,
      prediction: r.prediction ?? '',
      predictionDiff: r.predictionDiff ?? '',
      seconds: Math.round(r.timeTakenMs / 1000),
      duration: formatDuration(r.timeTakenMs),
      submittedAt: formatVietnamDateTime(r.submittedAt),
      prize: r.prize ? PRIZE_FROM_DB[r.prize] : '',
      tabSwitches: r.tabSwitches,
    })
  }
  styleHeader(sheet)
  const info = wb.addWorksheet('Thông tin')
  info.addRows([['Cuộc thi', input.contestTitle], ['Vòng thi', input.roundTitle], ['Số người được xếp hạng', input.rows.length], ['Xuất lúc', formatVietnamDateTime(Date.now())]])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function standingsWorkbook(input: { contestTitle: string; rounds: { id: string; title: string }[]; rows: StandingRow[] }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Thi Pháp Luật'
  const sheet = wb.addWorksheet('Toàn cuộc thi')
  sheet.columns = [
    { header: 'Hạng', key: 'rank', width: 7 },
    { header: 'Họ và tên', key: 'fullName', width: 28 },
    { header: 'Số điện thoại', key: 'phone', width: 14 },
    { header: 'Đơn vị', key: 'unitName', width: 30 },
    ...input.rounds.map((r) => ({ header: r.title, key: `round:${r.id}`, width: 10 })),
    { header: 'Tổng điểm', key: 'totalScore', width: 10 },
    { header: 'Tổng thời gian (giây)', key: 'seconds', width: 14 },
    { header: 'Số vòng đã thi', key: 'rounds', width: 10 },
  ]
  for (const r of input.rows) {
    sheet.addRow({
      rank: r.rank,
      fullName: r.fullName,
      phone: r.phone ?? '',
      unitName: r.unitName ?? '',
      ...Object.fromEntries(input.rounds.map((x) => [`round:${x.id}`, r.byRound[x.id] ?? ''])),
      totalScore: r.totalScore,
      seconds: Math.round(r.totalTimeMs / 1000),
      rounds: r.rounds,
    })
  }
  styleHeader(sheet)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
