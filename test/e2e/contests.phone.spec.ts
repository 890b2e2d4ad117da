import { expect, test, type Page } from '@playwright/test'
import { DEMO_ORGANISER, expectAccessible, gotoHydrated, login, sql } from './helpers'
import { createParticipant, keysOf, loginParticipant, openAttemptOf, startOnScreen } from './contest-helpers'

/**
 * Taking an attempt on a phone in the seeded demo contest: reload, a closed
 * tab, a dropped connection, a phone clock that is wrong, the automatic
 * submission at the deadline and the server closing an attempt nobody comes
 * back to.
 */

const SLUG = 'tim-hieu-nghi-quyet-66'
let roundId = ''
let roundUrl = ''

test.beforeAll(async () => {
  const [round] = await sql<{ id: string }>(`SELECT r."id" FROM "Round" r JOIN "Contest" c ON c."id" = r."contestId" WHERE c."slug" = $1 AND r."position" = 1`, [SLUG])
  roundId = round.id
  roundUrl = `/contests/${SLUG}/rounds/${roundId}`
})

async function newParticipant(page: Page, name: string) {
  const p = await createParticipant({ fullName: name, unitName: 'Phường Hoàn Kiếm' })
  await loginParticipant(page, p.phone)
  await gotoHydrated(page, `/contests/${SLUG}`)
  await page.getByRole('button', { name: 'Đăng ký dự thi' }).click()
  await expect(page.getByText('Đăng ký dự thi thành công. Chúc bạn thi tốt!')).toBeVisible()
  return p
}

const secondsLeft = async (page: Page) => {
  const [m, s] = (await page.getByRole('timer').innerText()).split(':').map(Number)
  return m * 60 + s
}

test('reload and a closed tab resume the same attempt with its answers and the time left', async ({ page, context }) => {
  test.setTimeout(90_000)
  const p = await newParticipant(page, 'Vũ Thị Tải Lại')
  await startOnScreen(page, roundUrl)
  await expectAccessible(page)
  const attempt = await openAttemptOf(p.id, roundId)
  const options = page.locator('main fieldset label')
  await options.nth(0).click()
  await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()
  await page.getByRole('button', { name: 'Câu tiếp →' }).click()
  await options.nth(1).click()
  await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()
  const before = await secondsLeft(page)

  await page.reload()
  await page.locator('html[data-hydrated="true"]').waitFor()
  await expect(page.getByText('Đã trả lời 2/10')).toBeVisible()
  expect(await secondsLeft(page)).toBeLessThanOrEqual(before)
  expect(await secondsLeft(page)).toBeGreaterThan(before - 30)
  // The first unanswered question comes up; the answered one is still chosen.
  await expect(page.getByText('Câu 3/10')).toBeVisible()
  await page.getByRole('button', { name: '← Câu trước' }).click()
  await expect(options.nth(1).locator('input')).toBeChecked()

  // The prediction is a number as people type it.
  for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Câu tiếp →' }).click()
  await expect(page.getByText('Câu hỏi dự đoán (dùng để xếp hạng khi bằng điểm)')).toBeVisible()
  await page.getByLabel('Số bạn dự đoán').fill('1.250')
  await page.getByRole('button', { name: 'Lưu dự đoán' }).click()
  await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()

  // Close the tab, come back from the round page.
  await page.close()
  const again = await context.newPage()
  await gotoHydrated(again, roundUrl)
  await expectAccessible(again)
  await again.getByRole('link', { name: /Tiếp tục làm bài/ }).click()
  await again.waitForURL(/\/attempt$/)
  await again.locator('html[data-hydrated="true"]').waitFor()
  await expect(again.getByText('Đã trả lời 2/10')).toBeVisible()
  const rows = await sql<{ id: string; prediction: number }>(`SELECT "id", "prediction" FROM "Attempt" WHERE "userId" = $1`, [p.id])
  expect(rows).toEqual([{ id: attempt.id, prediction: 1250 }])
  expect(await sql(`SELECT 1 FROM "AttemptAnswer" WHERE "attemptId" = $1`, [attempt.id])).toHaveLength(2)
})

test('a dropped connection shows the answer as not saved, retries, and saves it when the connection is back', async ({ page, context }) => {
  test.setTimeout(60_000)
  const p = await newParticipant(page, 'Đặng Văn Mất Sóng')
  await startOnScreen(page, roundUrl)
  const attempt = await openAttemptOf(p.id, roundId)
  await context.setOffline(true)
  // Option B: every question has at least two options (true/false ones have exactly two).
  await page.locator('main fieldset label').nth(1).click()
  await expect(page.getByText('Lỗi, đang thử lại')).toBeVisible()
  await expect(page.getByText(/Chưa lưu được \(mất kết nối\?\)/)).toBeVisible()
  expect(await sql(`SELECT 1 FROM "AttemptAnswer" WHERE "attemptId" = $1`, [attempt.id])).toHaveLength(0)
  await context.setOffline(false)
  await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible({ timeout: 20_000 })
  const [saved] = await sql<{ optionIds: string[] }>(`SELECT "optionIds" FROM "AttemptAnswer" WHERE "attemptId" = $1`, [attempt.id])
  expect(saved.optionIds).toEqual([attempt.layout.questions[0].optionIds[1]])
})

test('a phone clock 40 minutes fast still counts down the server’s time, and leaving the app is recorded', async ({ page, browser }) => {
  test.setTimeout(60_000)
  // The device clock is wrong: Date.now() runs 40 minutes ahead of the server.
  await page.addInitScript(() => {
    const realNow = Date.now.bind(Date)
    Date.now = () => realNow() + 40 * 60_000
  })
  const name = `Bùi Thị Lệch Giờ ${Date.now().toString(36)}`
  const p = await newParticipant(page, name)
  await startOnScreen(page, roundUrl)
  expect(await page.evaluate(() => Date.now() - new Date().getTime())).toBeGreaterThan(39 * 60_000)
  await page.waitForTimeout(2000)
  const left = await secondsLeft(page)
  expect(left).toBeGreaterThan(14 * 60)
  expect(left).toBeLessThanOrEqual(15 * 60)
  const attempt = await openAttemptOf(p.id, roundId)
  expect(attempt).toBeDefined()

  // Switching away from the tab or app: one flag for the organisers.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
  })
  await expect.poll(async () => (await sql<{ t: number }>(`SELECT "tabSwitches" AS t FROM "Attempt" WHERE "id" = $1`, [attempt.id]))[0].t).toBe(1)
  const organiser = await (await browser.newContext()).newPage()
  await login(organiser, DEMO_ORGANISER)
  const [contest] = await sql<{ id: string }>(`SELECT "id" FROM "Contest" WHERE "slug" = $1`, [SLUG])
  await gotoHydrated(organiser, `/organiser/contests/${contest.id}/integrity`)
  await expect(organiser.getByRole('cell', { name: new RegExp(name) })).toBeVisible()
  await expectAccessible(organiser)
})

test('at the deadline the page submits by itself, counting the saved answers', async ({ page }) => {
  test.setTimeout(60_000)
  const p = await newParticipant(page, 'Ngô Văn Hết Giờ')
  await startOnScreen(page, roundUrl)
  const attempt = await openAttemptOf(p.id, roundId)
  const keys = await keysOf(attempt.layout.questions.map((q) => q.versionId))
  const q0 = attempt.layout.questions[0]
  const right = keys.get(q0.versionId)!.right
  for (const id of right) await page.locator('main fieldset label').nth(q0.optionIds.indexOf(id)).click()
  await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()
  // Bring the deadline close (as if the attempt had run for almost 15 minutes).
  await sql(`UPDATE "Attempt" SET "deadlineAt" = now() AT TIME ZONE 'UTC' + interval '8 seconds' WHERE "id" = $1`, [attempt.id])
  await page.reload()
  await page.locator('html[data-hydrated="true"]').waitFor()
  expect(await secondsLeft(page)).toBeLessThanOrEqual(8)
  await page.waitForURL((u) => u.pathname === roundUrl, { timeout: 20_000 })
  await expect(page.getByText('Đã nộp bài. Điểm và đáp án sẽ được công bố khi vòng thi kết thúc.')).toBeVisible()
  const [row] = await sql<{ status: string; score: number; late: boolean }>(`SELECT "status", "score", "submittedAt" <= "deadlineAt" AS late FROM "Attempt" WHERE "id" = $1`, [attempt.id])
  expect(row).toEqual({ status: 'SUBMITTED', score: 1, late: true })
})

test('an attempt nobody comes back to is closed by the server at its deadline, with its saved answers', async ({ browser }) => {
  test.setTimeout(60_000)
  const context = await browser.newContext()
  const page = await context.newPage()
  const p = await newParticipant(page, 'Trịnh Thị Bỏ Dở')
  await startOnScreen(page, roundUrl)
  const attempt = await openAttemptOf(p.id, roundId)
  const keys = await keysOf(attempt.layout.questions.map((q) => q.versionId))
  for (const [i, q] of attempt.layout.questions.slice(0, 2).entries()) {
    for (const id of keys.get(q.versionId)!.right) await page.locator('main fieldset label').nth(q.optionIds.indexOf(id)).click()
    await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()
    if (i === 0) await page.getByRole('button', { name: 'Câu tiếp →' }).click()
  }
  await context.close()
  await sql(`UPDATE "Attempt" SET "deadlineAt" = now() AT TIME ZONE 'UTC' - interval '10 seconds' WHERE "id" = $1`, [attempt.id])
  await expect.poll(async () => (await sql<{ status: string }>(`SELECT "status" FROM "Attempt" WHERE "id" = $1`, [attempt.id]))[0].status, { timeout: 20_000 }).toBe('EXPIRED')
  const [row] = await sql<{ score: number; marked: number }>(
    `SELECT a."score", (SELECT count(*)::int FROM "AttemptAnswer" aa WHERE aa."attemptId" = a."id" AND aa."correct" = true) AS marked FROM "Attempt" a WHERE a."id" = $1`,
    [attempt.id],
  )
  expect(row).toEqual({ score: 2, marked: 2 })
})
