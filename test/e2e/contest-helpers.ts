import { expect, type Page } from '@playwright/test'
import { DEMO_PARTICIPANT, gotoHydrated, login, sql, uniquePhone } from './helpers'

/** Participants made directly in the database, sharing the demo participant's password (no sign-up form per test). */
export async function createParticipant(input: { fullName: string; dateOfBirth?: string; unitName?: string }): Promise<{ phone: string; id: string }> {
  const phone = uniquePhone()
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "User" ("id", "fullName", "fullNameKey", "dateOfBirth", "phone", "passwordHash", "roles", "unitId", "updatedAt")
     SELECT gen_random_uuid()::text, $1, lower($1), $2::date, $3, p."passwordHash", '{PARTICIPANT}', (SELECT "id" FROM "Unit" WHERE "name" = $4 LIMIT 1), now()
     FROM "User" p WHERE p."phone" = $5
     RETURNING "id"`,
    [input.fullName, input.dateOfBirth ?? '1995-06-15', phone, input.unitName ?? 'Phường Ba Đình', DEMO_PARTICIPANT.login],
  )
  return { phone, id: row.id }
}

export async function loginParticipant(page: Page, phone: string) {
  await login(page, { login: phone, password: DEMO_PARTICIPANT.password })
}

export type Layout = { questions: { versionId: string; optionIds: string[] }[]; predictionVersionId: string | null }

export async function openAttemptOf(userId: string, roundId: string) {
  const [row] = await sql<{ id: string; layout: Layout; deadlineAt: Date }>(`SELECT "id", "layout", "deadlineAt" FROM "Attempt" WHERE "userId" = $1 AND "roundId" = $2 AND "status" = 'OPEN'`, [userId, roundId])
  return row
}

export async function keysOf(versionIds: string[]): Promise<Map<string, { right: string[]; wrong: string }>> {
  const rows = await sql<{ id: string; options: { id: string; correct: boolean }[] }>(`SELECT "id", "options" FROM "QuestionVersion" WHERE "id" = ANY($1)`, [versionIds])
  return new Map(rows.map((r) => [r.id, { right: r.options.filter((o) => o.correct).map((o) => o.id), wrong: r.options.find((o) => !o.correct)!.id }]))
}

/** Answers the attempt on screen: the first `right` questions correctly, the others wrongly; then the prediction. */
export async function answerOnScreen(page: Page, layout: Layout, right: number, prediction: number | null) {
  const keys = await keysOf(layout.questions.map((q) => q.versionId))
  for (const [i, q] of layout.questions.entries()) {
    await expect(page.getByText(`Câu ${i + 1}/${layout.questions.length}`)).toBeVisible()
    const key = keys.get(q.versionId)!
    const choose = i < right ? key.right : [key.wrong]
    for (const optionId of choose) {
      await page.locator('main fieldset label').nth(q.optionIds.indexOf(optionId)).click()
    }
    await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()
    if (i < layout.questions.length - 1 || layout.predictionVersionId) await page.getByRole('button', { name: 'Câu tiếp →' }).click()
  }
  if (layout.predictionVersionId && prediction !== null) {
    await page.getByLabel('Số bạn dự đoán').fill(String(prediction))
    await page.getByRole('button', { name: 'Lưu dự đoán' }).click()
    await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()
  }
}

export async function submitOnScreen(page: Page) {
  await page.getByRole('button', { name: 'Kết thúc và nộp bài' }).click()
  await page.getByRole('button', { name: 'Nộp bài', exact: true }).click()
  await expect(page.getByText('Đã nộp bài. Điểm và đáp án sẽ được công bố khi vòng thi kết thúc.')).toBeVisible()
}

export async function startOnScreen(page: Page, roundUrl: string) {
  await gotoHydrated(page, roundUrl)
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click()
  await page.waitForURL(/\/attempt$/)
  await page.locator('html[data-hydrated="true"]').waitFor()
}

/** The CSRF token of the page currently open (every form carries it). */
export async function csrfOf(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('input[name="csrf"]') as HTMLInputElement | null)?.value ?? '')
}
