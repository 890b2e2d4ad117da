import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { QUESTION_LIST, TEMPLATE_HEADERS, docxBuffer, generatedRows, simpleXlsx, xlsxBuffer } from '../fixtures/import/make-fixtures'
import { DEMO_ORGANISER, DEMO_PARTICIPANT, expectAccessible, gotoHydrated, login, sql } from './helpers'

/**
 * The question bank as a new organiser uses it: a bank of their own, a
 * question written, edited (history), found without accents, files of every
 * kind imported (broken ones too), a bank exported and imported back
 * unchanged; and nobody else getting in.
 */

let run = 0
const unique = (name: string) => `${name} ${Date.now() % 100_000}-${++run}`
const SOURCE = 'Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị'

async function createBank(page: Page, name: string): Promise<string> {
  await gotoHydrated(page, '/organiser/banks')
  await page.getByLabel('Tên ngân hàng').fill(name)
  await page.getByRole('button', { name: 'Tạo ngân hàng' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByText('Đã tạo ngân hàng câu hỏi.')).toBeVisible()
  return new URL(page.url()).pathname
}

type Upload = { name: string; mimeType: string; buffer: Buffer }

async function previewFile(page: Page, bankPath: string, file: Upload, prepare?: () => Promise<void>) {
  if (!page.url().endsWith(`${bankPath}/import`)) await gotoHydrated(page, `${bankPath}/import`)
  await page.getByLabel('Chọn tệp').setInputFiles(file)
  if (prepare) await prepare()
  await page.getByRole('button', { name: 'Xem trước' }).click()
}

async function expectSummary(page: Page, fileName: string, stats: Partial<Record<'Tổng số câu' | 'Hợp lệ' | 'Có lỗi' | 'Trùng trong tệp' | 'Đã có trong ngân hàng', string>>) {
  await expect(page.getByRole('heading', { name: `Kết quả đọc tệp “${fileName}”` })).toBeVisible({ timeout: 60_000 })
  for (const [label, value] of Object.entries(stats)) {
    await expect(page.locator('dl div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd')).toHaveText(value)
  }
}

async function confirmImport(page: Page, count: number) {
  await page.getByRole('button', { name: `Nhập ${count} câu hỏi đã chọn` }).click()
  await expect(page.getByText(`Đã nhập ${count} câu hỏi.`)).toBeVisible({ timeout: 60_000 })
}

const xlsxFile = (name: string, buffer: Buffer): Upload => ({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
const textFile = (name: string, text: string): Upload => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })

test.describe('question bank', () => {
  test.beforeEach(async ({ page }) => {
    await login(page, DEMO_ORGANISER)
  })

  test('an organiser writes a question, edits it into a new version and sees the history', async ({ page }) => {
    await gotoHydrated(page, '/organiser/banks')
    await expectAccessible(page)
    const bankPath = await createBank(page, unique('Ngân hàng tự soạn'))
    await expect(page.getByText('Ngân hàng này chưa có câu hỏi.')).toBeVisible()
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Thêm câu hỏi' }).first().click()
    await expect(page.getByRole('heading', { name: 'Thêm câu hỏi' })).toBeVisible()
    await page.locator('html[data-hydrated="true"]').waitFor()
    await expectAccessible(page)
    // Nothing filled in: every problem is named next to its field, nothing is saved.
    await page.getByRole('button', { name: 'Lưu câu hỏi' }).click()
    await expect(page.getByText('Nội dung câu hỏi không được để trống')).toBeVisible()
    await expect(page.getByText('Văn bản nguồn (căn cứ pháp lý) không được để trống')).toBeVisible()
    await expect(page.getByText('Chưa đánh dấu đáp án đúng')).toBeVisible()

    await page.getByLabel('Nội dung câu hỏi').fill('Nghị quyết 66-NQ/TW xác định mục tiêu đến năm 2030 là gì?')
    await page.getByLabel('Phương án A', { exact: true }).fill('Hoàn thiện hệ thống pháp luật dân chủ, công bằng')
    await page.getByLabel('Phương án B', { exact: true }).fill('Sửa Hiến pháp')
    await page.getByLabel('Phương án C', { exact: true }).fill('Xoá bỏ mọi luật cũ')
    await page.getByLabel('Phương án D', { exact: true }).fill('Không có mục tiêu cụ thể')
    await page.getByRole('button', { name: 'Thêm phương án' }).click()
    await page.getByLabel('Phương án E', { exact: true }).fill('Phương án thừa')
    await page.getByRole('button', { name: 'Xoá phương án E' }).click()
    await expect(page.getByLabel('Phương án E', { exact: true })).toHaveCount(0)
    await page.getByLabel('Phương án A là đáp án đúng').check()
    await page.getByLabel('Văn bản', { exact: true }).fill(SOURCE)
    await page.getByLabel('Điều, khoản, mục (tùy chọn)').fill('Mục II.2')
    await page.getByLabel('Đường dẫn đến văn bản (tùy chọn)').fill('https://www.quanlynhanuoc.vn/?p=48349')
    await page.getByLabel('Chủ đề (tùy chọn)').fill('Mục tiêu 2025-2030, chủ đề thử')
    await page.getByLabel('Độ khó').selectOption('hard')
    await page.getByLabel('Đã duyệt (dùng được ngay trong cuộc thi)').check()
    await page.getByRole('button', { name: 'Lưu câu hỏi' }).click()

    await expect(page.getByText('Đã lưu câu hỏi.')).toBeVisible()
    await expect(page.getByText('Nội dung hiện hành (phiên bản 1)')).toBeVisible()
    await expect(page.getByText('Câu hỏi này chưa được dùng trong bài thi nào.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Mở nguồn (tab mới)' })).toHaveAttribute('href', 'https://www.quanlynhanuoc.vn/?p=48349')
    await expectAccessible(page)
    const questionPath = new URL(page.url()).pathname

    await page.getByRole('link', { name: 'Sửa' }).click()
    await expect(page.getByText('Lưu sẽ tạo phiên bản mới (phiên bản 2).')).toBeVisible()
    await page.locator('html[data-hydrated="true"]').waitFor()
    await expectAccessible(page)
    await page.getByLabel('Nội dung câu hỏi').fill('Theo Nghị quyết 66-NQ/TW, mục tiêu đến năm 2030 là gì?')
    await page.getByLabel('Phương án B là đáp án đúng').check()
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click()
    await expect(page.getByText('Đã lưu phiên bản 2.')).toBeVisible()
    await expect(page.getByText('Nội dung hiện hành (phiên bản 2)')).toBeVisible()

    const history = page.getByRole('region', { name: 'Lịch sử phiên bản' })
    const v2 = history.getByRole('listitem').filter({ hasText: 'Phiên bản 2' })
    await expect(v2).toContainText('bởi Nguyễn Thị Tổ Chức')
    await expect(v2).toContainText('− Trước: Nghị quyết 66-NQ/TW xác định mục tiêu đến năm 2030 là gì?')
    await expect(v2).toContainText('+ Sau: Theo Nghị quyết 66-NQ/TW, mục tiêu đến năm 2030 là gì?')
    await expect(v2.locator('dt', { hasText: 'Đáp án đúng' })).toBeVisible()
    await expect(history.getByRole('listitem').filter({ hasText: 'Phiên bản 1' })).toContainText('Tạo câu hỏi')
    await expectAccessible(page)

    // The first version is still there, unchanged, for the contests that used it.
    const questionId = questionPath.split('/').pop()
    const versions = await sql<{ version: number; stem: string; options: { correct: boolean }[] }>(
      'SELECT version, stem, options FROM "QuestionVersion" WHERE "questionId" = $1 ORDER BY version',
      [questionId],
    )
    expect(versions.map((v) => [v.version, v.stem, v.options.findIndex((o) => o.correct)])).toEqual([
      [1, 'Nghị quyết 66-NQ/TW xác định mục tiêu đến năm 2030 là gì?', 0],
      [2, 'Theo Nghị quyết 66-NQ/TW, mục tiêu đến năm 2030 là gì?', 1],
    ])

    // Saving again without a change makes no third version.
    await page.getByRole('link', { name: 'Sửa' }).click()
    await page.locator('html[data-hydrated="true"]').waitFor()
    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click()
    await expect(page.getByText('Nội dung không thay đổi nên không tạo phiên bản mới.')).toBeVisible()

    await page.getByRole('button', { name: 'Ngừng dùng' }).click()
    await expect(page.getByText('Đã chuyển trạng thái sang “Ngừng dùng”.')).toBeVisible()
    await page.getByRole('button', { name: 'Dùng lại' }).click()
    await expect(page.getByText('Đã chuyển trạng thái sang “Đã duyệt”.')).toBeVisible()

    // The bank lists the question with its current wording, found by the new wording only.
    await gotoHydrated(page, `${bankPath}?q=theo+nghi+quyet`)
    await expect(page.getByText('Tìm thấy 1 câu hỏi')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Theo Nghị quyết 66-NQ/TW, mục tiêu đến năm 2030 là gì?' })).toBeVisible()
    await expect(page.getByText('Phiên bản 2')).toBeVisible()
  })

  test('search ignores accents and case; filters narrow the seed bank; citations link to their sources', async ({ page }) => {
    const [seed] = await sql<{ id: string }>(`SELECT id FROM "QuestionBank" WHERE name LIKE 'Ngân hàng câu hỏi Nghị quyết 66%' ORDER BY "createdAt" LIMIT 1`)
    await gotoHydrated(page, `/organiser/banks/${seed.id}`)
    await expect(page.getByText('Tìm thấy 162 câu hỏi')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Mở nguồn (tab mới)' }).first()).toHaveAttribute('href', /^https:\/\//)
    await expectAccessible(page)

    await page.getByLabel('Tìm trong câu hỏi, phương án, nguồn').fill('tong bi thu to lam')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(page).toHaveURL(/q=tong\+bi\+thu\+to\+lam/)
    const results = page.getByRole('list', { name: 'Danh sách câu hỏi' }).getByRole('listitem')
    await expect(results.filter({ hasText: 'Tổng Bí thư Tô Lâm đã gọi thể chế là gì?' })).toHaveCount(1)
    const count = Number((await page.getByText(/^Tìm thấy \d+ câu hỏi$/).textContent())?.match(/\d+/)?.[0])
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(162)

    // The same search typed with accents finds the same questions.
    await gotoHydrated(page, `/organiser/banks/${seed.id}?q=${encodeURIComponent('TỔNG BÍ THƯ Tô Lâm')}`)
    await expect(page.getByText(`Tìm thấy ${count} câu hỏi`)).toBeVisible()

    await gotoHydrated(page, `/organiser/banks/${seed.id}`)
    await page.getByLabel('Chủ đề').selectOption('câu hỏi dự đoán')
    await page.getByLabel('Loại câu hỏi').selectOption('prediction')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await expect(results.first()).toContainText('Dự đoán')
    for (const text of await results.allTextContents()) expect(text).toContain('#câu hỏi dự đoán')

    await gotoHydrated(page, `/organiser/banks/${seed.id}?q=khong+co+cau+nao+nhu+the+nay`)
    await expect(page.getByText('Không có câu hỏi nào khớp bộ lọc.')).toBeVisible()

    await gotoHydrated(page, `/organiser/banks/${seed.id}`)
    await page.getByRole('link', { name: 'Trang sau' }).click()
    await expect(page.getByText('Trang 2/9')).toBeVisible()
    await expectAccessible(page)
  })

  test('imports a messy spreadsheet: title row, merged cells, blank row, formula, two correct marks, HTML, new topics', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    const bankPath = await createBank(page, unique('Nhập Excel'))
    const row = (type: string, stem: string, options: string[], correct: string, tags = '') => [type, stem, ...options, '', '', '', correct, '', SOURCE, '', '', tags, 'Dễ'].slice(0, 15)
    const buffer = await xlsxBuffer((wb) => {
      const ws = wb.addWorksheet('Câu hỏi')
      ws.addRow(['DANH SÁCH CÂU HỎI THI TÌM HIỂU NGHỊ QUYẾT 66'])
      ws.mergeCells('A1:O1')
      ws.addRow(TEMPLATE_HEADERS)
      ws.addRow(row('', 'Cơ quan nào ban hành Nghị quyết 66-NQ/TW?', ['Quốc hội', 'Bộ Chính trị', 'Chính phủ'], 'B', 'nhận diện văn bản, chủ đề hoàn toàn mới'))
      ws.addRow(row('Một đáp án đúng', 'Câu này có hai đáp án đúng?', ['Một', 'Hai', 'Ba'], 'A,B'))
      ws.addRow([])
      const f = ws.addRow(row('', 'Câu có ô công thức?', ['Một', 'Hai', 'Ba'], 'C'))
      f.getCell(3).value = { formula: 'CONCATENATE("Mộ","t")', result: 'Một' }
      ws.addRow(row('', 'Câu <script>alert("x")</script> có mã?', ['<b>đậm</b>', '<img src=x onerror=alert(1)>', 'Ba'], 'A'))
    })
    await gotoHydrated(page, `${bankPath}/import`)
    await expectAccessible(page)
    await previewFile(page, bankPath, xlsxFile('cau-hoi-lon-xon.xlsx', buffer))
    await expectSummary(page, 'cau-hoi-lon-xon.xlsx', { 'Tổng số câu': '4', 'Hợp lệ': '3', 'Có lỗi': '1' })
    await expect(page.getByText('Trang tính “Câu hỏi”, dòng 4, cột I (Đáp án đúng):')).toBeVisible()
    await expect(page.getByText('Câu một đáp án nhưng có 2 phương án được đánh dấu đúng')).toBeVisible()
    await expect(page.getByText('Ô có công thức; đã dùng giá trị đã tính “Một”')).toBeVisible()
    await expect(page.getByText('Chủ đề mới (sẽ được tạo khi nhập): chủ đề hoàn toàn mới')).toBeVisible()
    // HTML is shown as the organiser typed it, never run.
    await expect(page.getByText('Câu <script>alert("x")</script> có mã?')).toBeVisible()
    await expect(page.getByText('B. <img src=x onerror=alert(1)>')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Chọn cột' }).or(page.getByText('Chọn cột'))).toBeVisible()
    await expectAccessible(page)

    await confirmImport(page, 3)
    await expect(page.getByText('Tìm thấy 3 câu hỏi')).toBeVisible()
    await expect(page.getByText('Câu <script>alert("x")</script> có mã?')).toBeVisible()
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Question" q JOIN "QuestionBank" b ON b.id = q."bankId" WHERE b.id = $1 AND q.status = 'DRAFT'`, [bankPath.split('/').pop()])
    expect(n).toBe(3)

    // The same file again: every valid row is flagged as already in the bank and left unselected.
    await previewFile(page, bankPath, xlsxFile('cau-hoi-lon-xon.xlsx', buffer))
    await expectSummary(page, 'cau-hoi-lon-xon.xlsx', { 'Đã có trong ngân hàng': '3' })
    await expect(page.getByRole('button', { name: 'Nhập 0 câu hỏi đã chọn' })).toBeDisabled()
    expect(dialogs).toBe(0)
  })

  test('imports an organiser’s own spreadsheet layout through the column editor, and remembers it', async ({ page }) => {
    const bankPath = await createBank(page, unique('Nhập theo mẫu riêng'))
    const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`, 'utf8')
    const header = ['STT', 'Hỏi', 'Lựa chọn thứ nhất', 'Lựa chọn thứ hai', 'Lựa chọn thứ ba', 'Đúng là', 'Căn cứ']
    const file = csv([header, ['1', 'Nghị quyết 66-NQ/TW được ban hành năm nào?', '2024', '2025', '2026', 'B', SOURCE], ['2', 'Ai ký ban hành Nghị quyết 66-NQ/TW?', 'Tổng Bí thư Tô Lâm', 'Chủ tịch Quốc hội', 'Thủ tướng', 'A', SOURCE]])
    await previewFile(page, bankPath, { name: 'mau-rieng.csv', mimeType: 'text/csv', buffer: file })
    await expectSummary(page, 'mau-rieng.csv', {})
    await expect(page.getByText('Hệ thống đoán cột theo tiêu đề. Hãy kiểm tra rồi bấm “Áp dụng”.')).toBeVisible()
    await page.getByLabel('Nội dung câu hỏi', { exact: true }).selectOption('B')
    await page.getByLabel('Phương án A', { exact: true }).selectOption('C')
    await page.getByLabel('Phương án B', { exact: true }).selectOption('D')
    await page.getByLabel('Phương án C', { exact: true }).selectOption('E')
    await page.getByLabel('Đáp án đúng', { exact: true }).selectOption('F')
    await page.getByLabel('Văn bản nguồn', { exact: true }).selectOption('G')
    await page.getByRole('button', { name: 'Áp dụng và xem trước lại' }).click()
    await expect(page.getByText('Đang dùng cách chọn cột bạn vừa chọn; sẽ được ghi nhớ khi nhập.')).toBeVisible()
    await expectSummary(page, 'mau-rieng.csv', { 'Hợp lệ': '2', 'Có lỗi': '0' })
    await expectAccessible(page)
    await confirmImport(page, 2)

    const next = csv([header, ['1', 'Luật Ban hành văn bản quy phạm pháp luật năm 2025 có hiệu lực từ ngày nào?', '1/1/2025', '1/4/2025', '1/7/2025', 'B', 'Luật Ban hành văn bản quy phạm pháp luật 2025']])
    await previewFile(page, bankPath, { name: 'mau-rieng-2.csv', mimeType: 'text/csv', buffer: next })
    await expectSummary(page, 'mau-rieng-2.csv', { 'Hợp lệ': '1' })
    await expect(page.getByText('Đã dùng cách chọn cột bạn lưu lần trước cho mẫu tệp này.')).toBeVisible()
  })

  test('imports Word (numbering, bold answer, a table), pasted text, GIFT and Aiken', async ({ page }) => {
    const bankPath = await createBank(page, unique('Nhập nhiều định dạng'))
    const docx = await docxBuffer({
      numbering: [QUESTION_LIST],
      body: [
        { runs: 'Ai ban hành Nghị quyết 66-NQ/TW?', numId: 1, level: 0 },
        { runs: 'Quốc hội', numId: 1, level: 1 },
        { runs: [{ text: 'Bộ Chính trị', bold: true }], numId: 1, level: 1 },
        { runs: 'Chính phủ', numId: 1, level: 1 },
        `Căn cứ: ${SOURCE}`,
        { table: [['STT', 'Nội dung câu hỏi', 'Phương án A', 'Phương án B', 'Đáp án đúng', 'Văn bản nguồn'], ['1', 'Nghị quyết 66-NQ/TW được ban hành năm nào?', '2024', '2025', 'B', SOURCE]] },
      ],
    })
    await previewFile(page, bankPath, { name: 'de-thi.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx })
    await expectSummary(page, 'de-thi.docx', { 'Tổng số câu': '2', 'Hợp lệ': '2' })
    await expect(page.getByText('B. Bộ Chính trị ✓ (Đáp án đúng)')).toBeVisible()
    await confirmImport(page, 2)

    // Pasted text, with the answer marked by a star and by an "Đáp án" line.
    await gotoHydrated(page, `${bankPath}/import`)
    await page.getByRole('tab', { name: 'Dán văn bản' }).click()
    await page
      .getByLabel('Dán câu hỏi')
      .fill(
        `Câu 1: Nghị quyết 66-NQ/TW bàn về lĩnh vực nào?\nA. Kinh tế tư nhân\nB. Công tác xây dựng và thi hành pháp luật\nĐáp án: B\nCăn cứ: ${SOURCE}\n\nCâu 2: Luật Ban hành văn bản quy phạm pháp luật mới được thông qua năm nào?\nA. 2015\n*B. 2025\nCăn cứ: Điều 1 Luật Ban hành văn bản quy phạm pháp luật 2025\n`,
      )
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expectSummary(page, 'Văn bản dán.txt', { 'Tổng số câu': '2', 'Hợp lệ': '2' })
    await expect(page.getByText('Căn cứ: Điều 1 · Luật Ban hành văn bản quy phạm pháp luật 2025')).toBeVisible()
    await confirmImport(page, 2)

    // Moodle files carry no legal source: the preview says so, a default source fixes it.
    const gift = textFile('moodle.gift', '::Câu 1::Ai ban hành Nghị quyết 66-NQ/TW? {\n~Quốc hội\n=Bộ Chính trị\n~Chính phủ\n}\n\n::Câu 2::Nghị quyết 66-NQ/TW là nghị quyết của Bộ Chính trị {T}\n')
    await previewFile(page, bankPath, gift)
    await expectSummary(page, 'moodle.gift', { 'Tổng số câu': '2', 'Hợp lệ': '0', 'Có lỗi': '2' })
    await expect(page.getByText('2 câu chưa có căn cứ pháp lý.')).toBeVisible()
    await page.getByLabel('Văn bản làm căn cứ').fill(SOURCE)
    await page.getByLabel('Độ khó', { exact: true }).selectOption('easy')
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expectSummary(page, 'moodle.gift', { 'Hợp lệ': '2', 'Có lỗi': '0', 'Đã có trong ngân hàng': '1' })
    await expect(page.getByRole('button', { name: 'Nhập 1 câu hỏi đã chọn' })).toBeVisible()
    await confirmImport(page, 1)

    const aiken = textFile('cau-hoi.aiken', 'Nghị quyết 66-NQ/TW có tên gọi về vấn đề gì?\nA. Đổi mới công tác xây dựng và thi hành pháp luật\nB. Phát triển kinh tế tư nhân\nANSWER: A\n')
    await previewFile(page, bankPath, aiken, async () => {
      await page.getByText('Giá trị mặc định cho câu không ghi').click()
      await page.getByLabel('Văn bản làm căn cứ').fill(SOURCE)
    })
    await expectSummary(page, 'cau-hoi.aiken', { 'Hợp lệ': '1' })
    await confirmImport(page, 1)
    await expect(page.getByText('Tìm thấy 6 câu hỏi')).toBeVisible()
  })

  test('refuses broken files with a clear message and changes nothing', async ({ page }) => {
    const bankPath = await createBank(page, unique('Tệp hỏng'))
    const bankId = bankPath.split('/').pop()
    const count = async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM "Question" WHERE "bankId" = $1', [bankId]))[0].n

    await previewFile(page, bankPath, textFile('rong.txt', ''))
    // An empty file cannot even be chosen in some browsers; ours sends it and is told.
    await expect(page.getByText('Tệp rỗng, không có dữ liệu')).toBeVisible()

    await previewFile(page, bankPath, { name: 'bao-cao.xlsx', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n') })
    await expect(page.getByText('có đuôi .xlsx nhưng nội dung là PDF')).toBeVisible()

    await previewFile(page, bankPath, { name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not really a zip') })
    await expect(page.getByRole('alert').filter({ hasText: /hỏng|không phải/ })).toBeVisible()

    // Over the importer's limit (10 MB) but under the request limit: the importer names its limit.
    await previewFile(page, bankPath, textFile('qua-lon.txt', 'Câu 1: a\n'.repeat(1_200_000)))
    await expect(page.getByText(/vượt quá giới hạn 10 MB/)).toBeVisible({ timeout: 60_000 })

    // Over the request limit: refused before it is read.
    await previewFile(page, bankPath, textFile('rat-lon.txt', 'x'.repeat(13 * 1024 * 1024)))
    await expect(page.getByText(/vượt quá giới hạn 12 MB/)).toBeVisible({ timeout: 60_000 })
    await expectAccessible(page)
    expect(await count()).toBe(0)
  })

  test('previews and imports a 10,000-question file with a progress bar', async ({ page }) => {
    test.setTimeout(240_000)
    const bankPath = await createBank(page, unique('Mười nghìn câu'))
    const buffer = await simpleXlsx(generatedRows(10_000))
    await gotoHydrated(page, `${bankPath}/import`)
    await page.getByLabel('Chọn tệp').setInputFiles(xlsxFile('10000-cau.xlsx', buffer))
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expect(page.getByRole('progressbar')).toBeVisible()
    await expectSummary(page, '10000-cau.xlsx', { 'Tổng số câu': '10.000', 'Hợp lệ': '10.000', 'Có lỗi': '0' })
    await expect(page.getByText('Trang 1/200')).toBeVisible()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Nhập 10000 câu hỏi đã chọn' }).click()
    await expect(page.getByText('Đã nhập 10000 câu hỏi.')).toBeVisible({ timeout: 120_000 })
    await expect(page.getByText('Tìm thấy 10.000 câu hỏi')).toBeVisible()
    await gotoHydrated(page, `${bankPath}?q=cau+hoi+so+9999`)
    await expect(page.getByText('Tìm thấy 1 câu hỏi')).toBeVisible()
  })

  test('exports a bank and imports it back unchanged (JSON and Excel); prints an answer sheet', async ({ page }) => {
    const [seed] = await sql<{ id: string }>(`SELECT id FROM "QuestionBank" WHERE name LIKE 'Ngân hàng câu hỏi Nghị quyết 66%' ORDER BY "createdAt" LIMIT 1`)
    const selection = `/organiser/banks/${seed.id}?tag=${encodeURIComponent('tầm nhìn 2045')}`
    await gotoHydrated(page, selection)
    const shown = Number((await page.getByText(/^Tìm thấy \d+ câu hỏi$/).textContent())?.match(/\d+/)?.[0])
    expect(shown).toBeGreaterThan(0)

    const download = async (label: string) => {
      await gotoHydrated(page, selection)
      await page.getByText('Xuất ▾').click()
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()])
      return { name: file.suggestedFilename(), buffer: await readFile((await file.path())!) }
    }
    const json = await download('JSON (nhập lại nguyên vẹn)')
    expect(json.name).toMatch(/\.json$/)
    const exported = JSON.parse(json.buffer.toString('utf8'))
    expect(exported.questions).toHaveLength(shown)
    const xlsx = await download('Excel (.xlsx)')
    const gift = await download('Moodle GIFT')
    expect(gift.buffer.toString('utf8')).toContain('::Câu 1::')

    for (const [file, mimeType] of [
      [json, 'application/json'],
      [xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [gift, 'text/plain'],
    ] as const) {
      const bankPath = await createBank(page, unique('Bản sao'))
      await previewFile(page, bankPath, { name: file.name, mimeType, buffer: file.buffer })
      await expectSummary(page, file.name, { 'Hợp lệ': String(shown), 'Có lỗi': '0' })
      if (file === json) await expect(page.getByLabel('Giữ trạng thái ghi trong tệp')).toBeChecked()
      else await page.getByLabel('Đã duyệt', { exact: true }).check()
      await confirmImport(page, shown)
      // Exported again, the copy is the same list of questions.
      const [file2] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate((href) => {
          const a = document.createElement('a')
          a.href = href
          a.download = ''
          document.body.append(a)
          a.click()
        }, `${bankPath}/export?format=json`),
      ])
      const again = JSON.parse((await readFile((await file2.path())!)).toString('utf8'))
      expect(again.questions).toEqual(exported.questions)
    }

    await gotoHydrated(page, `/organiser/banks/${seed.id}/print?tag=${encodeURIComponent('tầm nhìn 2045')}`)
    await expect(page.getByRole('heading', { name: 'Đáp án' })).toBeVisible()
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(shown + 1)
    await expect(page.getByRole('button', { name: 'In' })).toBeVisible()
    await expectAccessible(page)
  })

  test('shows how each question performed once people have answered it', async ({ page }) => {
    const bankPath = await createBank(page, unique('Chất lượng'))
    const bankId = bankPath.split('/').pop()
    const text = Array.from({ length: 4 }, (_, i) => `Câu ${i + 1}: Câu kiểm tra chất lượng số ${i + 1}?\nA. Đúng ${i}\nB. Sai ${i}\nĐáp án: A\nCăn cứ: ${SOURCE}\n`).join('\n')
    await gotoHydrated(page, `${bankPath}/import`)
    await page.getByRole('tab', { name: 'Dán văn bản' }).click()
    await page.getByLabel('Dán câu hỏi').fill(text)
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expectSummary(page, 'Văn bản dán.txt', { 'Hợp lệ': '4' })
    await confirmImport(page, 4)
    await gotoHydrated(page, `${bankPath}/quality`)
    await expect(page.getByText('Chưa có câu hỏi nào của ngân hàng này được dùng trong bài thi.')).toBeVisible()
    await expectAccessible(page)

    // Ten submitted attempts: everyone gets question 1 right; question 4 only the weakest get right.
    const versions = await sql<{ id: string; stem: string }>(
      'SELECT v.id, v.stem FROM "QuestionVersion" v JOIN "Question" q ON q.id = v."questionId" WHERE q."bankId" = $1 ORDER BY v.stem',
      [bankId],
    )
    const [org] = await sql<{ id: string }>(`SELECT "organisationId" AS id FROM "QuestionBank" WHERE id = $1`, [bankId])
    const contestId = `e2e-quality-${bankId}`
    await sql(`INSERT INTO "Contest" (id, "organisationId", slug, title, "updatedAt") VALUES ($1, $2, $1, 'Thử chất lượng', now())`, [contestId, org.id])
    await sql(`INSERT INTO "Round" (id, "contestId", position, title, "opensAt", "closesAt", rules) VALUES ($1, $1, 1, 'Vòng 1', now(), now(), '{}')`, [contestId])
    for (let n = 0; n < 10; n++) {
      const userId = `${contestId}-u${n}`
      await sql(`INSERT INTO "User" (id, "fullName", "fullNameKey", "passwordHash", "updatedAt") VALUES ($1, $1, $1, 'x', now())`, [userId])
      await sql(`INSERT INTO "Registration" (id, "contestId", "userId") VALUES ($1, $2, $1)`, [userId, contestId])
      await sql(`INSERT INTO "Attempt" (id, "roundId", "userId", "registrationId", number, seed, status, "deadlineAt", layout, "maxScore") VALUES ($1, $2, $1, $1, 1, 's', 'SUBMITTED', now(), '[]', 4)`, [userId, contestId])
      const correct = [true, n < 5, n < 4 || n === 6, n >= 7]
      for (const [i, v] of versions.entries()) {
        await sql(`INSERT INTO "AttemptAnswer" (id, "attemptId", "questionVersionId", "optionIds", correct, "elapsedMs") VALUES ($1, $2, $3, '{a}', $4, $5)`, [`${userId}-${i}`, userId, v.id, correct[i], (i + 1) * 12_000])
      }
    }

    await gotoHydrated(page, `${bankPath}/quality`)
    await expect(page.getByText('4 câu đã được dùng · 2 câu có cảnh báo')).toBeVisible()
    const table = page.getByRole('table', { name: 'Thống kê từng câu hỏi' })
    await expect(table.getByRole('row').filter({ hasText: 'số 1?' })).toContainText('100%')
    await expect(table.getByRole('row').filter({ hasText: 'số 1?' })).toContainText('Quá dễ')
    await expect(table.getByRole('row').filter({ hasText: 'số 4?' })).toContainText('Phân loại ngược')
    await expect(table.getByRole('row').filter({ hasText: 'số 4?' })).toContainText('30%')
    await expectAccessible(page)

    await table.getByRole('link', { name: /số 2\?/ }).click()
    const quality = page.getByRole('region', { name: 'Chất lượng câu hỏi' })
    await expect(quality.getByText('Số lượt trả lời')).toBeVisible()
    await expect(quality.locator('dd').first()).toHaveText('10')
    await expect(quality.getByText('50%')).toBeVisible()
    await expect(quality.getByText('12,0 giây')).toBeVisible()
    await expectAccessible(page)
  })
})

test.describe('who may use the bank', () => {
  test('a participant is refused every bank page, download and upload', async ({ page, request }) => {
    const [seed] = await sql<{ id: string }>(`SELECT id FROM "QuestionBank" ORDER BY "createdAt" LIMIT 1`)
    await login(page, DEMO_PARTICIPANT)
    for (const path of ['/organiser/banks', `/organiser/banks/${seed.id}`, `/organiser/banks/${seed.id}/import`]) {
      const res = await gotoHydrated(page, path)
      expect(res?.status()).toBe(403)
      await expect(page.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible()
    }
    await expectAccessible(page)
    const exportRes = await page.request.get(`/organiser/banks/${seed.id}/export?format=json`)
    expect(exportRes.status()).toBe(403)
    const templateRes = await page.request.get('/organiser/banks/template.xlsx')
    expect(templateRes.status()).toBe(403)
    // An upload with a valid form token is still refused for the role.
    const csrf = await page.locator('input[name="csrf"]').first().inputValue()
    const upload = await page.request.post(`/organiser/banks/${seed.id}/import/preview`, {
      headers: { origin: new URL(page.url()).origin, accept: 'application/json' },
      multipart: { csrf, text: 'Câu 1: Thử?\nA. Một\n*B. Hai\nCăn cứ: Hiến pháp' },
    })
    expect(upload.status()).toBe(403)
    const anonymous = await request.get(`/organiser/banks/${seed.id}/export?format=json`, { maxRedirects: 0 })
    expect(anonymous.status()).toBe(302)
  })

  test('an organiser of another organisation gets 404 for this organisation’s bank', async ({ page }) => {
    const [seed] = await sql<{ id: string; organisationId: string }>(`SELECT id, "organisationId" FROM "QuestionBank" ORDER BY "createdAt" LIMIT 1`)
    const suffix = Date.now()
    await sql(`INSERT INTO "Organisation" (id, name, slug) VALUES ($1, 'Phường khác', $1)`, [`org-${suffix}`])
    await sql(
      `INSERT INTO "User" (id, "fullName", "fullNameKey", email, "passwordHash", roles, "organisationId", "updatedAt")
       SELECT $1, 'Tổ chức khác', 'to chuc khac', $2, "passwordHash", '{ORGANISER}', $3, now() FROM "User" WHERE email = $4`,
      [`user-${suffix}`, `khac-${suffix}@demo.thiphapluat.vn`, `org-${suffix}`, DEMO_ORGANISER.login],
    )
    await login(page, { login: `khac-${suffix}@demo.thiphapluat.vn`, password: DEMO_ORGANISER.password })
    await gotoHydrated(page, '/organiser/banks')
    await expect(page.getByText('Chưa có ngân hàng câu hỏi nào.')).toBeVisible()
    for (const path of [`/organiser/banks/${seed.id}`, `/organiser/banks/${seed.id}/import`, `/organiser/banks/${seed.id}/print`]) {
      const res = await gotoHydrated(page, path)
      expect(res?.status()).toBe(404)
    }
    const exportRes = await page.request.get(`/organiser/banks/${seed.id}/export?format=json`)
    expect(exportRes.status()).toBe(404)
  })
})
