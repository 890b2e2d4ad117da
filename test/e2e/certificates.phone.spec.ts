import { expect, test, type Page } from '@playwright/test'
import { verificationCodeFor } from '../../app/utils/certificates/verification-code.server'
import { DEMO_ORGANISER, DEMO_PARTICIPANT, expectAccessible, gotoHydrated, login, sql } from './helpers'

/**
 * Certificates on a phone: the participant's list and download, the
 * verification page a QR scan opens, and the organiser's template page
 * (a phone gets the preview PDF to open, not an empty frame).
 */

const E2E_SECRET = 'e2e-certificate-secret-that-is-long-enough'
const RUN = Date.now().toString(36)
// A certificate as the job runner writes it, for the demo participant, with a long contest title.
const SERIAL = `TPL-${RUN.toUpperCase().replace(/[^A-Z2-7]/g, 'Q').padEnd(16, 'Q').slice(0, 16)}`
const CONTEST_TITLE = 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật (trên điện thoại)'
let templateId = ''

test.beforeAll(async () => {
  const [org] = await sql<{ id: string }>(`SELECT id FROM "Organisation" WHERE slug = 'ha-noi-demo'`)
  const [participant] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE phone = $1`, [DEMO_PARTICIPANT.login])
  const contestId = `phone-contest-${RUN}`
  await sql(`INSERT INTO "Contest" (id, "organisationId", slug, title, status, "updatedAt") VALUES ($1, $2, $3, $4, 'PUBLISHED', now())`, [contestId, org.id, `phone-${RUN}`, CONTEST_TITLE])
  templateId = `phone-template-${RUN}`
  await sql(`INSERT INTO "CertificateTemplate" (id, "contestId", name, content, rules, "updatedAt") VALUES ($1, $2, 'Mẫu điện thoại', '{}', '{}', now())`, [templateId, contestId])
  const data = {
    holderName: 'Trần Văn Dự Thi',
    unitName: 'Phường Hoàn Kiếm',
    contestTitle: CONTEST_TITLE,
    roundTitle: 'Vòng 1',
    score: 18,
    maxScore: 20,
    rank: 2,
    prizeLabel: 'Giải Nhì',
    issuedAt: new Date().toISOString(),
    reason: 'prize',
  }
  await sql(
    `INSERT INTO "Certificate" (id, serial, "issueKey", "templateId", "contestId", "userId", "holderName", "unitName", data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [`phone-cert-${RUN}`, SERIAL, `phone-${RUN}`, templateId, contestId, participant.id, data.holderName, data.unitName, JSON.stringify(data)],
  )
})

async function fitsTheScreen(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

test('a participant finds and downloads their certificate on a phone', async ({ page }) => {
  await login(page, DEMO_PARTICIPANT)
  await gotoHydrated(page, '/account/certificates')
  const card = page.getByTestId('my-certificate').filter({ hasText: CONTEST_TITLE })
  await expect(card).toContainText('Giải Nhì')
  await expect(card).toContainText('18/20')
  await fitsTheScreen(page)
  await expectAccessible(page)
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Tải PDF' }).click()])
  expect(download.suggestedFilename()).toBe(`${SERIAL}-tran-van-du-thi.pdf`)
})

test('the verification page a QR scan opens fits a phone', async ({ page }) => {
  await gotoHydrated(page, `/verify/${verificationCodeFor(SERIAL, E2E_SECRET)}`)
  await expect(page.getByRole('heading', { name: 'Giấy chứng nhận hợp lệ' })).toBeVisible()
  await expect(page.getByText(CONTEST_TITLE)).toBeVisible()
  await fitsTheScreen(page)
  await expectAccessible(page)
})

test('on a phone the organiser gets the preview PDF to open instead of an empty frame', async ({ page }) => {
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, `/organiser/certificates/templates/${templateId}`)
  await expect(page.getByTestId('certificate-preview')).toBeHidden()
  const open = page.getByRole('link', { name: 'Mở bản xem trước (PDF)' })
  await expect(open).toBeVisible()
  await fitsTheScreen(page)
  const preview = await page.request.get((await open.getAttribute('href')) ?? '')
  expect(preview.headers()['content-type']).toBe('application/pdf')
  await expectAccessible(page)
})
