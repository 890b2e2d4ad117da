import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { createClient } from 'redis'
import { decodeQrCodes, pdfText } from '../../app/utils/certificates/pdf-tools.testing'
import { sampleLogoPng } from '../../app/utils/certificates/sample-images.server'
import { verificationCodeFor } from '../../app/utils/certificates/verification-code.server'
import { DEMO_ORGANISER, DEMO_PARTICIPANT, expectAccessible, gotoHydrated, login, sql } from './helpers'

/**
 * An organiser makes a certificate template, previews it, issues it for a
 * closed round (inserted as the contests feature leaves it when finalised),
 * follows the progress, downloads a PDF and the ZIP, scans the QR code into
 * the verification page, revokes one and tries forged codes; a participant
 * downloads their own certificate and cannot download anyone else's.
 */

// The e2e server's CERTIFICATE_SECRET (test/e2e/e2e-env.ts): lets the test sign a code for a serial nobody was issued.
const E2E_SECRET = 'e2e-certificate-secret-that-is-long-enough'
const RUN = Date.now().toString(36)
const CONTEST_TITLE = 'Cuộc thi trực tuyến tìm hiểu Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật trong kỷ nguyên mới'
const LONG_UNIT = 'Phòng Phổ biến, giáo dục pháp luật thuộc Sở Tư pháp thành phố Hà Nội, Chi đoàn Thanh niên khối cơ quan'
const WINNERS = [
  // The demo participant first (Giải Nhất), then names with every kind of diacritic.
  { fullName: null, prize: 'FIRST', score: 20 },
  { fullName: 'Đặng Thị Ngọc Hưởng', prize: 'SECOND', score: 19 },
  { fullName: 'Nguyễn Lê Quỳnh Phượng', prize: 'THIRD', score: 19 },
  { fullName: 'Trương Văn Ỷ', prize: 'CONSOLATION', score: 18 },
  { fullName: 'Hồ Thị Thu Trà', prize: null, score: 17 },
  { fullName: 'Võ Đức Thắng', prize: null, score: 9 },
]
const BULK = 1200

let contestId = ''
let closedRoundId = ''
let templateId = ''
let dir = ''
const downloaded: { code?: string; otherCertificateId?: string } = {}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cert-e2e-'))
  const [org] = await sql<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = 'ha-noi-demo'`)
  const [participant] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE phone = $1`, [DEMO_PARTICIPANT.login])
  contestId = `e2e-contest-${RUN}`
  await sql(`INSERT INTO "Contest" (id, "organisationId", slug, title, status, "updatedAt") VALUES ($1, $2, $3, $4, 'PUBLISHED', now())`, [
    contestId,
    org.id,
    `e2e-chung-nhan-${RUN}`,
    CONTEST_TITLE,
  ])
  const unitId = `e2e-unit-${RUN}`
  await sql(`INSERT INTO "Unit" (id, "organisationId", name, "nameKey", kind, "updatedAt") VALUES ($1, $2, $3, $4, 'UNIT', now())`, [unitId, org.id, LONG_UNIT, `e2e-${RUN}`])
  const round = async (id: string, position: number, title: string, status: string) => {
    await sql(
      `INSERT INTO "Round" (id, "contestId", position, title, "opensAt", "closesAt", status, rules, "finalisedAt")
       VALUES ($1, $2, $3, $4, now() - interval '8 days', now() - interval '1 day', $5::"RoundStatus", '{}', CASE WHEN $5::text = 'FINALISED' THEN now() ELSE NULL END)`,
      [id, contestId, position, title, status],
    )
  }
  closedRoundId = `e2e-round-closed-${RUN}`
  await round(closedRoundId, 1, 'Vòng chung kết', 'FINALISED')
  await round(`e2e-round-open-${RUN}`, 2, 'Vòng mở rộng', 'PUBLISHED')
  await round(`e2e-round-bulk-${RUN}`, 3, 'Vòng sơ khảo toàn thành phố', 'FINALISED')

  // The final: six results, the demo participant first.
  for (const [i, w] of WINNERS.entries()) {
    const userId = w.fullName ? `e2e-user-${RUN}-${i}` : participant.id
    if (w.fullName) {
      await sql(`INSERT INTO "User" (id, "fullName", "fullNameKey", "passwordHash", "unitId", "updatedAt") VALUES ($1, $2, $3, 'x', $4, now())`, [userId, w.fullName, `k${i}`, unitId])
    }
    await insertResult(closedRoundId, userId, i + 1, w.score, w.prize, unitId)
  }
  // The bulk round: many results, written in one statement each, for the progress bar.
  await sql(
    `INSERT INTO "User" (id, "fullName", "fullNameKey", "passwordHash", "updatedAt")
     SELECT 'e2e-bulk-${RUN}-' || n, 'Thí Sinh Số ' || n, 'thi sinh so ' || n, 'x', now() FROM generate_series(1, ${BULK}) n`,
  )
  await sql(
    `INSERT INTO "Registration" (id, "contestId", "userId") SELECT 'e2e-reg-${RUN}-' || n, $1, 'e2e-bulk-${RUN}-' || n FROM generate_series(1, ${BULK}) n`,
    [contestId],
  )
  await sql(
    `INSERT INTO "Attempt" (id, "roundId", "userId", "registrationId", number, seed, status, "deadlineAt", "submittedAt", layout, score, "maxScore", "timeTakenMs")
     SELECT 'e2e-att-${RUN}-' || n, $1, 'e2e-bulk-${RUN}-' || n, 'e2e-reg-${RUN}-' || n, 1, 's', 'SUBMITTED', now(), now(), '[]', 20 - n % 10, 20, 1000 + n
     FROM generate_series(1, ${BULK}) n`,
    [`e2e-round-bulk-${RUN}`],
  )
  await sql(
    `INSERT INTO "RoundResult" (id, "roundId", "userId", "attemptId", rank, score, "timeTakenMs", "submittedAt")
     SELECT 'e2e-rr-${RUN}-' || n, $1, 'e2e-bulk-${RUN}-' || n, 'e2e-att-${RUN}-' || n, n, 20 - n % 10, 1000 + n, now()
     FROM generate_series(1, ${BULK}) n`,
    [`e2e-round-bulk-${RUN}`],
  )
})

test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

async function insertResult(roundId: string, userId: string, rank: number, score: number, prize: string | null, unitId: string | null) {
  const id = `${roundId}-${rank}`
  await sql(`INSERT INTO "Registration" (id, "contestId", "userId", "unitId") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [`reg-${id}`, contestId, userId, unitId])
  const [reg] = await sql<{ id: string }>(`SELECT id FROM "Registration" WHERE "contestId" = $1 AND "userId" = $2`, [contestId, userId])
  await sql(
    `INSERT INTO "Attempt" (id, "roundId", "userId", "registrationId", number, seed, status, "deadlineAt", "submittedAt", layout, score, "maxScore", "timeTakenMs")
     VALUES ($1, $2, $3, $4, 1, 's', 'SUBMITTED', now(), now(), '[]', $5, 20, 300000)`,
    [`att-${id}`, roundId, userId, reg.id, score],
  )
  await sql(
    `INSERT INTO "RoundResult" (id, "roundId", "userId", "attemptId", rank, score, "timeTakenMs", "submittedAt", prize)
     VALUES ($1, $2, $3, $4, $5, $6, 300000, now(), $7::"Prize")`,
    [`rr-${id}`, roundId, userId, `att-${id}`, rank, score, prize],
  )
}

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = join(dir, name)
  await file.saveAs(path)
  return path
}

const flat = (s: string) => s.replace(/\s+/g, ' ')

test('organiser makes a template: bad input is refused with clear Vietnamese errors, the preview follows the form', async ({ page }) => {
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, '/organiser/certificates')
  await expect(page.getByRole('heading', { name: 'Giấy chứng nhận', level: 1 })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('link', { name: `Mở: ${CONTEST_TITLE}` }).click()
  await expect(page.getByRole('heading', { name: CONTEST_TITLE })).toBeVisible()
  await expect(page.getByText('Chưa có mẫu giấy chứng nhận nào')).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Tạo mẫu' }).click()
  await expect(page.getByText('Nhập tên mẫu, ví dụ "Giấy chứng nhận đạt giải"')).toBeVisible()
  await page.getByLabel('Tên mẫu').fill('Giấy chứng nhận đạt giải')
  await page.getByRole('button', { name: 'Tạo mẫu' }).click()
  await expect(page.getByText('Đã tạo mẫu giấy chứng nhận')).toBeVisible()
  templateId = page.url().split('/').at(-1) ?? ''
  expect(templateId).toMatch(/^c[a-z0-9]{20,}$/)
  await page.locator('html[data-hydrated="true"]').waitFor()

  // The preview is the real PDF, drawn with sample data.
  const frame = page.getByTestId('certificate-preview')
  const firstSrc = (await frame.getAttribute('src')) ?? ''
  const first = await page.request.get(firstSrc.split('#')[0])
  expect(first.headers()['content-type']).toBe('application/pdf')
  expect(first.headers()['content-security-policy']).toBe("frame-ancestors 'self'")
  expect(flat(pdfText(await first.body()))).toContain('Nguyễn Thị Ngọc Ánh')
  await expectAccessible(page)

  // An unknown placeholder: the preview says what is wrong and which ones exist, and keeps the last good PDF.
  const body = page.getByLabel('Nội dung', { exact: true })
  await body.fill('Đã đạt {{giai}} tại {{tenNguoi}}')
  const previewAlert = page.getByRole('alert').filter({ hasText: 'Không có trường thay thế {{tenNguoi}}' })
  await expect(previewAlert).toContainText('Chỉ dùng được: {{hoTen}} (họ và tên), {{donVi}} (đơn vị)')
  expect(await frame.getAttribute('src')).toBe(firstSrc)
  await page.getByRole('button', { name: 'Lưu mẫu' }).click()
  await expect(page.locator('#template-wording').getByText(/^Nội dung: Không có trường thay thế \{\{tenNguoi\}\}/)).toBeVisible()

  // A good change reaches the preview after a pause, without saving.
  await body.fill('Đơn vị: {{donVi}}\nĐã đạt {{giai}} {{cuocThi}}\n{{vongThi}}\nSố điểm: {{diem}}')
  await page.getByLabel('Tiêu đề').fill('GIẤY CHỨNG NHẬN ĐẠT GIẢI')
  await expect(frame).toHaveAttribute('src', /\?c=/)
  await expect
    .poll(async () => {
      const src = ((await frame.getAttribute('src')) ?? '').split('#')[0]
      return flat(pdfText(await (await page.request.get(src)).body()))
    })
    .toContain('GIẤY CHỨNG NHẬN ĐẠT GIẢI')
  const updated = await page.request.get(((await frame.getAttribute('src')) ?? '').split('#')[0])
  expect(flat(pdfText(await updated.body()))).toContain('Đã đạt Giải Nhất')
  await page.getByRole('button', { name: 'Lưu mẫu' }).click()
  await expect(page.getByText('Đã lưu mẫu giấy chứng nhận.')).toBeVisible()

  // Images: a huge file and a non-image are refused before upload, and by the server too.
  await page.locator('html[data-hydrated="true"]').waitFor()
  const huge = join(dir, 'anh-qua-lon.png')
  writeFileSync(huge, Buffer.concat([sampleLogoPng(64), Buffer.alloc(2 * 1024 * 1024)]))
  await page.getByLabel('Chọn tệp Logo').setInputFiles(huge)
  await expect(page.getByText('Logo: Ảnh quá lớn (2,0 MB). Dung lượng tối đa là 1 MB.')).toBeVisible()
  const notImage = join(dir, 'khong-phai-anh.png')
  writeFileSync(notImage, '%PDF-1.7 giả làm ảnh')
  await page.getByLabel('Chọn tệp Ảnh chữ ký').setInputFiles(notImage)
  await expect(page.getByText('Ảnh chữ ký: Chỉ chấp nhận ảnh PNG hoặc JPEG.')).toBeVisible()
  const csrf = await page.locator('input[name="csrf"]').first().inputValue()
  const direct = await page.request.post(page.url(), {
    multipart: { csrf, intent: 'image', kind: 'signature', file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7 giả làm ảnh') } },
  })
  expect(await direct.text()).toContain('Ảnh chữ ký: Chỉ chấp nhận ảnh PNG hoặc JPEG.')
  const logo = join(dir, 'logo.png')
  writeFileSync(logo, sampleLogoPng(300))
  await page.getByLabel('Chọn tệp Logo').setInputFiles(logo)
  await page.getByRole('button', { name: 'Tải lên' }).first().click()
  await expect(page.getByText('Đã tải logo lên.')).toBeVisible()
  await expect(page.getByRole('img', { name: 'Logo đang dùng' })).toBeVisible()

  // Rules: prize winners and everyone from 80%.
  await page.getByLabel('Ngưỡng điểm (%)').fill('80')
  await page.getByRole('button', { name: 'Lưu đối tượng' }).click()
  await expect(page.getByText('Đã lưu đối tượng được cấp.')).toBeVisible()
  await expect(page.getByLabel('Ngưỡng điểm (%)')).toHaveValue('80')
  await expectAccessible(page)
})

test('issuing: refused for an open round; a closed round is issued in the background with a progress bar; idempotent', async ({ page }) => {
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, `/organiser/certificates/templates/${templateId}/issue`)
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Cấp giấy chứng nhận: Vòng mở rộng' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Vòng thi “Vòng mở rộng” chưa chốt kết quả' })).toBeVisible()
  expect(await sql(`SELECT id FROM "CertificateJob" WHERE "templateId" = $1`, [templateId])).toHaveLength(0)

  // The big round: the page follows the job by itself (no reload) until it is done.
  await page.evaluate(() => {
    ;(window as unknown as { marker: boolean }).marker = true
  })
  await page.getByRole('button', { name: 'Cấp giấy chứng nhận: Vòng sơ khảo toàn thành phố' }).click()
  await expect(page.getByText('Đã bắt đầu cấp giấy chứng nhận')).toBeVisible()
  const bulkBar = page.getByRole('progressbar', { name: /^Vòng sơ khảo toàn thành phố/ })
  await expect(bulkBar).toBeVisible()
  // Scores 20 - n % 10: 16 to 20 of 20 reach 80%, 5 in every 10 results.
  const expected = String(BULK / 2)
  await expect(bulkBar).toHaveAttribute('aria-valuemax', expected)
  await expect(page.getByRole('progressbar', { name: 'Vòng sơ khảo toàn thành phố: hoàn tất' })).toHaveAttribute('aria-valuenow', expected, { timeout: 30_000 })
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true)
  await expect(page.getByText(`${expected}/${expected} người, ${expected} giấy mới`)).toBeVisible()
  // After a reload the progress is still there.
  await gotoHydrated(page, page.url())
  await expect(page.getByRole('progressbar', { name: 'Vòng sơ khảo toàn thành phố: hoàn tất' })).toHaveAttribute('aria-valuenow', expected)
  const [metrics] = await Promise.all([page.request.get('/metrics')])
  expect(await metrics.text()).toMatch(/queue_depth\{queue="certificates"\} 0/)

  // The final round, twice: the second run creates nothing.
  await page.getByRole('button', { name: 'Cấp giấy chứng nhận: Vòng chung kết' }).click()
  await expect(page.getByRole('progressbar', { name: 'Vòng chung kết: hoàn tất' })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText('5/5 người, 5 giấy mới')).toBeVisible()
  const before = await sql<{ serial: string; issuedAt: Date }>(`SELECT serial, "issuedAt" FROM "Certificate" WHERE "roundId" = $1 ORDER BY serial`, [closedRoundId])
  expect(before).toHaveLength(5)
  await page.getByRole('button', { name: 'Cấp giấy chứng nhận: Vòng chung kết' }).click()
  await expect(page.getByText('5/5 người, 0 giấy mới')).toBeVisible({ timeout: 20_000 })
  expect(await sql(`SELECT serial, "issuedAt" FROM "Certificate" WHERE "roundId" = $1 ORDER BY serial`, [closedRoundId])).toEqual(before)
  await expectAccessible(page)
})

test('organiser downloads one PDF and the ZIP; the QR code opens the verification page', async ({ page, browser }) => {
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, `/organiser/certificates/templates/${templateId}/issue?round=${closedRoundId}`)
  await expect(page.getByTestId('issued-certificate')).toHaveCount(5)
  const pdfPath = await download(page, () => page.getByRole('link', { name: 'Tải PDF: Đặng Thị Ngọc Hưởng' }).click(), 'one.pdf')
  const pdf = readFileSync(pdfPath)
  const text = flat(pdfText(pdf))
  expect(text).toContain('Đặng Thị Ngọc Hưởng')
  expect(text).toContain('Giải Nhì')
  expect(text).toContain('Chi đoàn Thanh niên khối cơ quan')
  expect(text).toContain('trong kỷ nguyên mới')
  expect(text).toContain('Số điểm: 19/20')
  const [url] = decodeQrCodes(pdf)
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/verify\/TPL-[A-Z2-7]{16}-[A-Z2-7]{16}$/)
  downloaded.code = url.split('/verify/')[1]
  expect(text).toContain(downloaded.code)

  const zipPath = await download(page, () => page.getByRole('link', { name: 'Tải tất cả (ZIP): Vòng chung kết' }).click(), 'round.zip')
  const entries = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).split('\n').filter(Boolean)
  expect(entries).toHaveLength(5)
  expect(entries.some((e) => e.endsWith('-dang-thi-ngoc-huong.pdf'))).toBe(true)
  execFileSync('unzip', ['-q', zipPath, '-d', join(dir, 'zip')])
  const names = entries.map((e) => flat(pdfText(readFileSync(join(dir, 'zip', e)))))
  for (const name of ['Trần Văn Dự Thi', 'Nguyễn Lê Quỳnh Phượng', 'Trương Văn Ỷ', 'Hồ Thị Thu Trà']) {
    expect(names.some((t) => t.includes(name))).toBe(true)
  }

  // The scanned link, in a browser with nobody logged in.
  const visitorContext = await browser.newContext({ locale: 'vi-VN' })
  const visitor = await visitorContext.newPage()
  await gotoHydrated(visitor, url)
  await expect(visitor.getByRole('heading', { name: 'Giấy chứng nhận hợp lệ' })).toBeVisible()
  await expect(visitor.getByText('Đặng Thị Ngọc Hưởng')).toBeVisible()
  await expect(visitor.getByText(CONTEST_TITLE)).toBeVisible()
  await expect(visitor.getByText('Vòng chung kết')).toBeVisible()
  await expect(visitor.getByText('Giải Nhì')).toBeVisible()
  await expectAccessible(visitor)
  await visitorContext.close()
})

test('organiser revokes one; verification says so with the reason; forged codes are refused alike', async ({ page }) => {
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, `/organiser/certificates/templates/${templateId}/issue?q=${encodeURIComponent('Ngọc Hưởng')}`)
  await expect(page.getByTestId('issued-certificate')).toHaveCount(1)
  await page.getByText('Thu hồi', { exact: true }).click()
  await page.getByRole('button', { name: 'Xác nhận thu hồi' }).click()
  await expect(page.getByText('Nhập lý do thu hồi: lý do sẽ hiện trên trang xác minh.')).toBeVisible()
  await page.getByLabel('Lý do thu hồi giấy của Đặng Thị Ngọc Hưởng').fill('Phát hiện gian lận khi làm bài')
  await page.getByRole('button', { name: 'Xác nhận thu hồi' }).click()
  await expect(page.getByText('Đã thu hồi giấy chứng nhận.')).toBeVisible()
  await gotoHydrated(page, `/organiser/certificates/templates/${templateId}/issue?q=${encodeURIComponent('Ngọc Hưởng')}`)
  await expect(page.getByText(/Đã thu hồi ngày .*: Phát hiện gian lận khi làm bài/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Tải PDF: Đặng Thị Ngọc Hưởng' })).toHaveCount(0)
  await expectAccessible(page)

  const code = downloaded.code!
  const revoked = await gotoHydrated(page, `/verify/${code}`)
  expect(revoked?.status()).toBe(200)
  await expect(page.getByRole('heading', { name: 'Giấy chứng nhận đã bị thu hồi' })).toBeVisible()
  await expect(page.getByText('Phát hiện gian lận khi làm bài')).toBeVisible()
  await expectAccessible(page)

  // Typed by hand in lower case: the same certificate.
  await gotoHydrated(page, '/verify')
  await expectAccessible(page)
  await page.getByLabel('Mã xác minh').fill(` ${code.toLowerCase()} `)
  await page.getByRole('button', { name: 'Kiểm tra' }).click()
  await expect(page.getByRole('heading', { name: 'Giấy chứng nhận đã bị thu hồi' })).toBeVisible()

  // A changed signature, a serial that exists with another's signature, a well-signed unknown serial: one answer.
  const tampered = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`
  const unknown = verificationCodeFor('TPL-AAAAAAAAAAAAAAAA', E2E_SECRET)
  const bodies: string[] = []
  for (const forged of [tampered, unknown]) {
    const response = await gotoHydrated(page, `/verify/${forged}`)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Mã không hợp lệ' })).toBeVisible()
    await expect(page.getByText('Không có giấy chứng nhận nào mang mã này.')).toBeVisible()
    bodies.push((await page.locator('main, #main').first().innerText()).replace(forged, 'CODE'))
  }
  expect(bodies[0]).toBe(bodies[1])
  await expectAccessible(page)
  for (const malformed of [code.slice(0, -3), `${code}XYZ`, 'TPL-12345']) {
    const response = await gotoHydrated(page, `/verify/${malformed}`)
    expect(response?.status()).toBe(400)
    await expect(page.getByRole('heading', { name: 'Mã không đúng định dạng' })).toBeVisible()
  }
  await expectAccessible(page)
})

test('a participant downloads their own certificate and nobody else’s', async ({ page }) => {
  const [other] = await sql<{ id: string }>(`SELECT id FROM "Certificate" WHERE "roundId" = $1 AND "holderName" = 'Trương Văn Ỷ'`, [closedRoundId])
  await login(page, DEMO_PARTICIPANT)
  await gotoHydrated(page, '/account')
  await page.getByRole('link', { name: 'Giấy chứng nhận của tôi' }).click()
  await expect(page.getByRole('heading', { name: 'Giấy chứng nhận của tôi' })).toBeVisible()
  const mine = page.getByTestId('my-certificate')
  await expect(mine).toHaveCount(1)
  await expect(mine).toContainText(CONTEST_TITLE)
  await expect(mine).toContainText('Giải Nhất')
  await expectAccessible(page)
  const path = await download(page, () => page.getByRole('link', { name: 'Tải PDF' }).click(), 'mine.pdf')
  const text = flat(pdfText(readFileSync(path)))
  expect(text).toContain('Trần Văn Dự Thi')
  expect(text).toContain('Đã đạt Giải Nhất')

  const theirs = await page.request.get(`/account/certificates/${other.id}/pdf`)
  expect(theirs.status()).toBe(404)
  expect(theirs.headers()['content-type']).not.toBe('application/pdf')
  const asOrganiser = await page.request.get(`/organiser/certificates/issued/${other.id}/pdf`)
  expect(asOrganiser.status()).toBe(403)
  const zip = await page.request.get(`/organiser/certificates/templates/${templateId}/zip?round=${closedRoundId}`, { maxRedirects: 0 })
  expect(zip.status()).toBe(403)

  // The verification page linked from the list.
  await page.getByRole('link', { name: 'Xem trang xác minh' }).click()
  await expect(page.getByRole('heading', { name: 'Giấy chứng nhận hợp lệ' })).toBeVisible()
  await expect(page.getByText('Trần Văn Dự Thi').first()).toBeVisible()
})

test('verification is rate-limited per address with a clear message', async ({ request }) => {
  let limited = null
  for (let i = 0; i < 40 && !limited; i++) {
    const response = await request.get(`/verify/TPL-AAAAAAAAAAAAAAAA-AAAAAAAAAAAAAAA${i % 10}`)
    if (response.status() === 429) limited = response
  }
  expect(limited).not.toBeNull()
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0)
  expect(await limited!.text()).toContain('Để chống dò mã, mỗi địa chỉ mạng chỉ được kiểm tra một số lần mỗi phút.')
  // The count lives in Redis (shared by every process); clear it so later specs from this address can verify.
  const redis = createClient({ url: process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/3' })
  redis.on('error', () => {})
  await redis.connect()
  const keys = await redis.keys('tpl:rl:verifyPerIp:*')
  expect(keys.length).toBeGreaterThan(0)
  await redis.del(keys)
  await redis.quit()
})
