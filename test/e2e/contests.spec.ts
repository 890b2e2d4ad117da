import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { toVietnamLocal } from '../../app/core/contest/vietnam-time'
import { DEMO_ORGANISER, expectAccessible, gotoHydrated, login, sql } from './helpers'
import { answerOnScreen, createParticipant, csrfOf, loginParticipant, openAttemptOf, startOnScreen, submitOnScreen } from './contest-helpers'

/**
 * An organiser sets up a two-round contest from the seed bank, participants
 * take attempts, requests are tampered with, the round is closed and its
 * ranking compared with one computed here by hand, and results are exported.
 */

test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36)
const title = `Tìm hiểu Nghị quyết 66 (e2e ${stamp})`
let contestId = ''
let slug = ''
let round1 = ''
let round2 = ''

async function fillRound(page: Page, input: { title: string; opensAt: Date; closesAt: Date }) {
  await page.getByLabel('Tên vòng thi', { exact: true }).fill(input.title)
  await page.getByLabel('Mở lúc', { exact: true }).fill(toVietnamLocal(input.opensAt))
  await page.getByLabel('Đóng lúc', { exact: true }).fill(toVietnamLocal(input.closesAt))
  // Draw from the seeded Resolution 66 bank only: other suites add banks of their own to the organisation.
  const boxes = page.locator('input[type="checkbox"][name$="bankIds"]')
  let chosen = false
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i)
    const label = await box.locator('xpath=..').innerText()
    if (!chosen && label.startsWith('Ngân hàng câu hỏi Nghị quyết 66-NQ/TW')) {
      await box.check()
      chosen = true
    } else await box.uncheck()
  }
  expect(chosen).toBe(true)
}

test('an organiser sets up a contest with two rounds, is told when the bank cannot fill a quota, and publishes', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, '/organiser/contests')
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Tạo cuộc thi' }).first().click()
  await page.locator('html[data-hydrated="true"]').waitFor()
  await expectAccessible(page)

  // A bad form keeps what was typed and says what is wrong, in Vietnamese.
  await page.getByLabel('Tên cuộc thi', { exact: true }).fill('Thi')
  await page.getByRole('button', { name: 'Tạo cuộc thi' }).click()
  await expect(page.getByText('Tên cuộc thi quá ngắn')).toBeVisible()

  await page.getByLabel('Tên cuộc thi', { exact: true }).fill(title)
  await page.getByLabel('Giới thiệu', { exact: true }).fill('Cuộc thi thử nghiệm tự động.')
  await page.getByLabel('Thể lệ', { exact: true }).fill('Mỗi tuần một vòng thi.')
  await page.getByLabel('Tuổi tối thiểu (để trống nếu không giới hạn)').fill('14')
  await page.getByRole('button', { name: 'Thêm trường' }).click()
  await page.getByLabel('Tên trường', { exact: true }).fill('Nghề nghiệp')
  await page.getByLabel('Kiểu', { exact: true }).selectOption('select')
  await page.getByLabel('Các lựa chọn (với kiểu “Chọn từ danh sách”)').fill('Cán bộ, công chức\nHọc sinh, sinh viên\nKhác')
  await page.getByLabel('Bắt buộc', { exact: true }).check()
  await page.getByRole('button', { name: 'Tạo cuộc thi' }).click()
  await expect(page.getByText('Đã tạo cuộc thi. Tiếp theo, hãy thêm vòng thi.')).toBeVisible()
  contestId = page.url().split('/').pop()!
  ;[{ slug }] = await sql<{ slug: string }>('SELECT "slug" FROM "Contest" WHERE "id" = $1', [contestId])
  expect(slug).toMatch(/^tim-hieu-nghi-quyet-66-e2e-/)
  await expectAccessible(page)

  // Round 1: open now. A quota the bank cannot fill is reported before publishing.
  await page.getByRole('link', { name: 'Thêm vòng thi' }).click()
  await page.locator('html[data-hydrated="true"]').waitFor()
  await fillRound(page, { title: 'Tuần 1', opensAt: new Date(Date.now() - 10 * 60_000), closesAt: new Date(Date.now() + 24 * 3600_000) })
  await page.getByLabel('Thời gian làm bài (phút)').fill('5')
  await page.getByLabel('Số lượt thi mỗi người').fill('2')
  const quotas = page.locator('fieldset', { hasText: 'Chỉ tiêu' })
  await quotas.nth(0).getByLabel('Số câu').fill('3')
  await quotas.nth(1).getByLabel('Số câu').fill('1')
  await quotas.nth(2).getByLabel('Số câu').fill('40')
  await expect(page.getByText('Chưa thể công bố: ngân hàng không đủ câu hỏi.')).toBeVisible()
  await expect(page.getByText(/Chỉ tiêu 3 \(độ khó Khó\): cần 40 câu, nhưng ngân hàng chỉ có \d+ câu phù hợp\./)).toBeVisible()
  await expectAccessible(page)
  await quotas.nth(2).getByLabel('Số câu').fill('1')
  await expect(page.getByText('Ngân hàng đủ câu cho mọi chỉ tiêu.')).toBeVisible()
  await page.getByLabel('Giải Nhất', { exact: true }).fill('1')
  await page.getByLabel('Giải Nhì', { exact: true }).fill('1')
  await page.getByLabel('Giải Ba', { exact: true }).fill('1')
  await page.getByLabel('Giải Khuyến khích', { exact: true }).fill('1')
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
  await expect(page.getByText('Đã lưu vòng thi (bản nháp).', { exact: false })).toBeVisible()
  round1 = page.url().split('/').pop()!
  page.once('dialog', (d) => d.accept())
  await page.getByRole('button', { name: 'Công bố vòng thi' }).click()
  await expect(page.getByText(/Đã công bố vòng thi\. Thể lệ đã khoá; \d+ câu hỏi đã được chốt phiên bản\./)).toBeVisible()
  await expect(page.getByText('Thể lệ (đã khoá)')).toBeVisible()
  await expectAccessible(page)
  const [pinned] = await sql<{ n: number; approved: number }>(
    `SELECT array_length(r."pinnedVersionIds", 1) AS n,
            (SELECT count(*)::int FROM "Question" q
             WHERE q."bankId" IN (SELECT jsonb_array_elements_text(r."rules"->'draw'->'bankIds'))
               AND q."status" = 'APPROVED' AND q."type" <> 'PREDICTION') AS approved
     FROM "Round" r WHERE r."id" = $1`,
    [round1],
  )
  expect(pinned.n).toBe(pinned.approved)

  // Round 2: next week.
  await gotoHydrated(page, `/organiser/contests/${contestId}/rounds/new`)
  await fillRound(page, { title: 'Tuần 2', opensAt: new Date(Date.now() + 2 * 24 * 3600_000), closesAt: new Date(Date.now() + 9 * 24 * 3600_000) })
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
  await expect(page.getByText('Đã lưu vòng thi (bản nháp).', { exact: false })).toBeVisible()
  round2 = page.url().split('/').pop()!
  page.once('dialog', (d) => d.accept())
  await page.getByRole('button', { name: 'Công bố vòng thi' }).click()
  await expect(page.getByText('Thể lệ (đã khoá)')).toBeVisible()

  // Publish the contest; the audit trail shows every change.
  await gotoHydrated(page, `/organiser/contests/${contestId}`)
  await page.getByRole('button', { name: 'Công bố cuộc thi' }).click()
  await expect(page.getByText('Đã công bố cuộc thi: người dự thi có thể xem và đăng ký.')).toBeVisible()
  await expect(page.getByText('Sắp mở')).toBeVisible()
  await expectAccessible(page)
  await gotoHydrated(page, `/organiser/contests/${contestId}/audit`)
  for (const action of ['Tạo cuộc thi', 'Thêm vòng thi', 'Công bố vòng thi', 'Đổi trạng thái cuộc thi']) await expect(page.getByText(action).first()).toBeVisible()
  await expectAccessible(page)

  // A published round's rules are locked: a tampered post to edit them is refused.
  await gotoHydrated(page, `/organiser/contests/${contestId}/rounds/${round1}`)
  const csrf = await csrfOf(page)
  const edit = await page.request.post(`/organiser/contests/${contestId}/rounds/${round1}`, { form: { csrf, intent: 'publish' }, maxRedirects: 0 })
  expect([200, 204]).toContain(edit.status())
  const [{ status }] = await sql<{ status: string }>('SELECT "status" FROM "Round" WHERE "id" = $1', [round1])
  expect(status).toBe('PUBLISHED')
})

test('the organiser clones the contest: rounds come back as drafts', async ({ page }) => {
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, `/organiser/contests/${contestId}`)
  await page.getByRole('button', { name: 'Nhân bản' }).click()
  await expect(page.getByText('Đã nhân bản cuộc thi. Các vòng thi của bản sao đang ở dạng nháp.')).toBeVisible()
  await expect(page.getByRole('heading', { name: `${title} (bản sao)` })).toBeVisible()
  const rows = await sql<{ status: string }>(`SELECT r."status" FROM "Round" r JOIN "Contest" c ON c."id" = r."contestId" WHERE c."clonedFromId" = $1`, [contestId])
  expect(rows.map((r) => r.status)).toEqual(['DRAFT', 'DRAFT'])
})

type Plan = { name: string; right: number; prediction: number | null; unit: string }
// 5 questions a round. An, Bình and Chi get everything right (actual = 3); their predictions decide their order.
const plans: Plan[] = [
  { name: 'Nguyễn Văn An', right: 5, prediction: 1, unit: 'Phường Ba Đình' },
  { name: 'Trần Thị Bình', right: 5, prediction: 3, unit: 'Phường Ba Đình' },
  { name: 'Lê Minh Chi', right: 5, prediction: 4, unit: 'Phường Cầu Giấy' },
  { name: 'Phạm Đức Dũng', right: 3, prediction: null, unit: 'Phường Cầu Giấy' },
  { name: 'Hoàng Thu Em', right: 2, prediction: 9, unit: 'Trường THPT Việt Đức' },
]
const people: { plan: Plan; id: string; phone: string }[] = []

test('participants register with the custom field and take their attempts; nothing secret reaches the browser', async ({ browser }) => {
  test.setTimeout(240_000)
  for (const plan of plans) {
    const p = await createParticipant({ fullName: plan.name, unitName: plan.unit })
    people.push({ plan, ...p })
    const context = await browser.newContext()
    const page = await context.newPage()
    await loginParticipant(page, p.phone)
    await gotoHydrated(page, `/contests/${slug}`)
    const depth = plan.unit.startsWith('Trường') ? 2 : 1
    await page.getByLabel('Đơn vị / phường, xã dự thi').selectOption({ label: `${'\u2003'.repeat(depth)}${plan.unit}` })
    // The required custom field is checked on the server.
    await page.getByRole('button', { name: 'Đăng ký dự thi' }).click()
    await expect(page.getByText('Vui lòng nhập “Nghề nghiệp”')).toBeVisible()
    await page.getByLabel('Nghề nghiệp *').selectOption('Cán bộ, công chức')
    await page.getByRole('button', { name: 'Đăng ký dự thi' }).click()
    await expect(page.getByText('Đăng ký dự thi thành công. Chúc bạn thi tốt!')).toBeVisible()
    if (people.length === 1) await expectAccessible(page)

    if (people.length === 1) {
      // Week 2 has not opened: its page says when, and a start sent anyway is refused.
      await gotoHydrated(page, `/contests/${slug}/rounds/${round2}`)
      await expect(page.getByText(/Vòng thi mở lúc/)).toBeVisible()
      await expect(page.getByRole('button', { name: 'Bắt đầu làm bài' })).toHaveCount(0)
      const early = await page.request.post(`/contests/${slug}/rounds/${round2}`, { form: { csrf: await csrfOf(page) } })
      expect(early.ok()).toBe(true)
      await gotoHydrated(page, `/contests/${slug}/rounds/${round2}`)
      expect(await sql(`SELECT 1 FROM "Attempt" WHERE "roundId" = $1`, [round2])).toHaveLength(0)
    }
    const roundUrl = `/contests/${slug}/rounds/${round1}`
    await startOnScreen(page, roundUrl)
    if (people.length === 1) await expectAccessible(page)
    const attempt = await openAttemptOf(p.id, round1)
    expect(attempt.layout.questions).toHaveLength(5)

    if (people.length === 1) {
      // The open attempt's data and HTML carry questions but no key, explanation or score.
      const html = await (await page.request.get(`${roundUrl}/attempt`)).text()
      const data = await (await page.request.get(`${roundUrl}/attempt.data`)).text()
      for (const body of [html, data]) {
        expect(body).toContain(attempt.layout.questions[0].versionId)
        expect(body).not.toMatch(/"correct"|correct:|explanation|sourceDocument|"score"/)
      }
    }
    await answerOnScreen(page, attempt.layout, plan.right, plan.prediction)
    await submitOnScreen(page)
    if (people.length === 1) {
      // While the round is open, the participant's own score is not shown, only the provisional position.
      const round = await (await page.request.get(`${roundUrl}.data`)).text()
      expect(round).not.toMatch(/"score",\d/)
      await expect(page.getByText('Bảng xếp hạng tạm thời')).toBeVisible()
      await expect(page.getByText(/chưa xét câu hỏi dự đoán/)).toBeVisible()
    }
    await context.close()
  }
  const rows = await sql<{ status: string; score: number }>(`SELECT "status", "score" FROM "Attempt" WHERE "roundId" = $1 ORDER BY "score" DESC`, [round1])
  expect(rows.map((r) => [r.status, r.score])).toEqual([['SUBMITTED', 5], ['SUBMITTED', 5], ['SUBMITTED', 5], ['SUBMITTED', 3], ['SUBMITTED', 2]])
})

test('tampered and out-of-place requests are refused with a clear message, and nothing saved is lost', async ({ browser }) => {
  test.setTimeout(120_000)
  const me = people[3]
  const other = people[4]
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginParticipant(page, me.phone)
  const roundUrl = `/contests/${slug}/rounds/${round1}`
  await startOnScreen(page, roundUrl)
  const mine = await openAttemptOf(me.id, round1)
  await page.locator('main fieldset label').first().click()
  await expect(page.getByText('Đã lưu câu trả lời này.')).toBeVisible()

  await gotoHydrated(page, roundUrl)
  const csrf = await csrfOf(page)
  const api = `/api/attempts/${mine.id}`
  const q0 = mine.layout.questions[0]

  // A question that is not in this attempt.
  const [outside] = await sql<{ id: string }>(`SELECT v AS id FROM "Round" r, unnest(r."pinnedVersionIds") AS v WHERE r."id" = $1 AND NOT (v = ANY($2)) LIMIT 1`, [round1, mine.layout.questions.map((q) => q.versionId)])
  let res = await page.request.post(api, { form: { csrf, intent: 'answer', versionId: outside.id, optionIds: 'a' } })
  expect(res.status()).toBe(422)
  expect((await res.json()).message).toBe('Câu hỏi này không thuộc lượt thi của bạn. Câu trả lời không được lưu.')

  // An option id that the question does not have.
  res = await page.request.post(api, { form: { csrf, intent: 'answer', versionId: q0.versionId, optionIds: 'z' } })
  expect(res.status()).toBe(422)
  expect((await res.json()).message).toContain('Phương án đã chọn không thuộc câu hỏi này')

  // A prediction that is not a number.
  res = await page.request.post(api, { form: { csrf, intent: 'prediction', value: '-12abc' } })
  expect(res.status()).toBe(422)
  expect((await res.json()).message).toContain('số nguyên không âm')

  // Another participant's attempt.
  const [theirs] = await sql<{ id: string }>(`SELECT "id" FROM "Attempt" WHERE "userId" = $1 LIMIT 1`, [other.id])
  res = await page.request.post(`/api/attempts/${theirs.id}`, { form: { csrf, intent: 'answer', versionId: q0.versionId, optionIds: q0.optionIds[0] } })
  expect(res.status()).toBe(403)
  expect((await res.json()).message).toBe('Lượt thi này không phải của bạn.')

  // No CSRF token.
  res = await page.request.post(api, { form: { intent: 'answer', versionId: q0.versionId, optionIds: q0.optionIds[1] } })
  expect(res.status()).toBe(403)

  // A second start while this attempt is open goes back to it, saying why.
  await page.getByRole('link', { name: /Tiếp tục làm bài/ }).waitFor()
  const start = await page.request.post(roundUrl, { form: { csrf }, maxRedirects: 0 })
  expect(start.status()).toBe(302)
  expect(start.headers().location).toBe(`${roundUrl}/attempt`)
  await gotoHydrated(page, roundUrl)
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Attempt" WHERE "userId" = $1 AND "status" = 'OPEN'`, [me.id])
  expect(n).toBe(1)

  // The answer saved before all this is still there.
  const saved = await sql<{ optionIds: string[] }>(`SELECT "optionIds" FROM "AttemptAnswer" WHERE "attemptId" = $1`, [mine.id])
  expect(saved).toEqual([{ optionIds: [q0.optionIds[0]] }])
  await context.close()
  // This attempt stays open: closing the round closes it and marks the saved answer.
})

test('closing the round freezes a ranking equal to the one computed by hand; closing twice changes nothing', async ({ page }) => {
  test.setTimeout(120_000)
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, `/organiser/contests/${contestId}/rounds/${round1}`)
  page.once('dialog', (d) => d.accept())
  await page.getByRole('button', { name: 'Đóng vòng thi ngay' }).click()
  await expect(page.getByText('Đã đóng vòng thi.', { exact: false })).toBeVisible()

  // Answers sent to a closed round are refused (after the grace period), keeping what was saved.
  const [open] = await sql<{ id: string; layout: { questions: { versionId: string; optionIds: string[] }[] } }>(`SELECT "id", "layout" FROM "Attempt" WHERE "roundId" = $1 AND "status" = 'OPEN'`, [round1])
  await page.waitForTimeout(6_000)
  // The sweeper may already have frozen the results; pressing the button again must change nothing.
  await gotoHydrated(page, `/organiser/contests/${contestId}/rounds/${round1}`)
  const finalise = page.getByRole('button', { name: 'Chốt kết quả' })
  if (await finalise.count()) {
    page.once('dialog', (d) => d.accept())
    await finalise.click()
  }
  await expect.poll(async () => (await sql<{ status: string }>('SELECT "status" FROM "Round" WHERE "id" = $1', [round1]))[0].status, { timeout: 15_000 }).toBe('FINALISED')
  await gotoHydrated(page, `/organiser/contests/${contestId}/rounds/${round1}`)
  await expectAccessible(page)

  const dungPage = await (await page.context().browser()!.newContext()).newPage()
  await loginParticipant(dungPage, people[3].phone)
  await gotoHydrated(dungPage, `/contests/${slug}/rounds/${round1}`)
  const late = await dungPage.request.post(`/api/attempts/${open.id}`, { form: { csrf: await csrfOf(dungPage), intent: 'answer', versionId: open.layout.questions[1].versionId, optionIds: open.layout.questions[1].optionIds[0] } })
  expect(late.status()).toBe(409)
  expect((await late.json()).message).toMatch(/không được lưu|không nhận/)
  const kept = await sql<{ correct: boolean | null }>(`SELECT "correct" FROM "AttemptAnswer" WHERE "attemptId" = $1`, [open.id])
  expect(kept).toHaveLength(1)
  expect(kept[0].correct).not.toBeNull()
  // The organiser cannot write into a participant's attempt either.
  const foreign = await page.request.post(`/api/attempts/${open.id}`, { form: { csrf: await csrfOf(page), intent: 'answer', versionId: open.layout.questions[1].versionId, optionIds: open.layout.questions[1].optionIds[0] } })
  expect(foreign.status()).toBe(403)

  // The ranking by hand, from the stored attempts: one counted attempt per person (best: score,
  // then time, then submission), then score ↓, |prediction − actual| ↑ (none last), time ↑, submission ↑.
  const attempts = await sql<{ userId: string; score: number; prediction: number | null; allCorrect: boolean; timeTakenMs: number; submittedAt: Date; id: string }>(
    `SELECT "id", "userId", "score", "prediction", "allCorrect", "timeTakenMs", "submittedAt" FROM "Attempt" WHERE "roundId" = $1 AND "status" <> 'OPEN'`,
    [round1],
  )
  const best = new Map<string, (typeof attempts)[number]>()
  for (const a of attempts) {
    const b = best.get(a.userId)
    if (!b || a.score > b.score || (a.score === b.score && (a.timeTakenMs < b.timeTakenMs || (a.timeTakenMs === b.timeTakenMs && a.submittedAt < b.submittedAt)))) best.set(a.userId, a)
  }
  const counted = [...best.values()]
  const actual = counted.filter((a) => a.allCorrect).length
  expect(actual).toBe(3)
  const diff = (a: (typeof counted)[number]) => (a.prediction === null ? Infinity : Math.abs(a.prediction - actual))
  const byHand = [...counted].sort((a, b) => b.score - a.score || diff(a) - diff(b) || a.timeTakenMs - b.timeTakenMs || a.submittedAt.getTime() - b.submittedAt.getTime())
  const frozen = await sql<{ userId: string; rank: number; prize: string | null }>(`SELECT "userId", "rank", "prize" FROM "RoundResult" WHERE "roundId" = $1 ORDER BY "rank"`, [round1])
  expect(frozen.map((r) => r.userId)).toEqual(byHand.map((a) => a.userId))
  // Bình predicted 3 (exact), Chi 4, An 1: that is the order of the three perfect scores.
  const name = new Map(people.map((p) => [p.id, p.plan.name]))
  expect(frozen.slice(0, 3).map((r) => name.get(r.userId))).toEqual(['Trần Thị Bình', 'Lê Minh Chi', 'Nguyễn Văn An'])
  expect(frozen.map((r) => r.prize)).toEqual(['FIRST', 'SECOND', 'THIRD', 'CONSOLATION', null])
  // Dũng's abandoned second attempt was closed with its saved answer; his best (3/5) counts.
  const [dung] = await sql<{ status: string }>(`SELECT "status" FROM "Attempt" WHERE "id" = $1`, [open.id])
  expect(dung.status).toBe('EXPIRED')

  // Freezing again changes nothing.
  const before = JSON.stringify(await sql(`SELECT * FROM "RoundResult" WHERE "roundId" = $1 ORDER BY "rank"`, [round1]))
  await gotoHydrated(page, `/organiser/contests/${contestId}/rounds/${round1}`)
  const again = await page.request.post(`/organiser/contests/${contestId}/rounds/${round1}`, { form: { csrf: await csrfOf(page), intent: 'finalise' } })
  expect(again.ok()).toBe(true)
  expect(JSON.stringify(await sql(`SELECT * FROM "RoundResult" WHERE "roundId" = $1 ORDER BY "rank"`, [round1]))).toBe(before)
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "entityId" = $1 AND "action" = 'round.finalise'`, [round1])
  expect(n).toBe(1)
})

test('results: organiser table with unit filter, XLSX export read back, public winners page, statistics and integrity flags', async ({ page, browser }) => {
  test.setTimeout(120_000)
  // Two accounts that look like the same person, both registered: flagged for review.
  for (const _ of [1, 2]) {
    const twin = await createParticipant({ fullName: 'Đỗ Văn Giống', dateOfBirth: '2001-02-03', unitName: 'Phường Hoàn Kiếm' })
    await sql(`INSERT INTO "Registration" ("id", "contestId", "userId", "unitId") SELECT gen_random_uuid()::text, $1, $2, "unitId" FROM "User" WHERE "id" = $2`, [contestId, twin.id])
  }
  await login(page, DEMO_ORGANISER)
  await gotoHydrated(page, `/organiser/contests/${contestId}/results?round=${round1}`)
  await expect(page.getByText('5 người')).toBeVisible()
  await expect(page.getByRole('cell', { name: /Trần Thị Bình/ })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Đơn vị / phường, xã').selectOption({ label: '\u2003Phường Ba Đình' })
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page.getByText('2 người')).toBeVisible()

  // Whole contest: the sum over frozen rounds.
  await gotoHydrated(page, `/organiser/contests/${contestId}/results?round=all`)
  await expect(page.getByRole('columnheader', { name: 'Tổng điểm' })).toBeVisible()

  // Export and read the workbook back.
  await gotoHydrated(page, `/organiser/contests/${contestId}/results?round=${round1}`)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel (XLSX)' }).click()])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile((await download.path())!)
  const sheet = wb.getWorksheet('Kết quả')!
  const header = (sheet.getRow(1).values as unknown[]).slice(1)
  expect(header).toEqual(expect.arrayContaining(['Hạng', 'Họ và tên', 'Số điện thoại', 'Đơn vị', 'Nghề nghiệp', 'Điểm', 'Dự đoán', 'Thời gian làm bài (giây)', 'Giải']))
  const col = (h: string) => header.indexOf(h) + 1
  const sheetRows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2))
  const frozen = await sql<{ rank: number; fullName: string; score: number; prize: string | null; phone: string }>(
    `SELECT rr."rank", u."fullName", rr."score", rr."prize", u."phone" FROM "RoundResult" rr JOIN "User" u ON u."id" = rr."userId" WHERE rr."roundId" = $1 ORDER BY rr."rank"`,
    [round1],
  )
  const prizeName: Record<string, string> = { FIRST: 'Giải Nhất', SECOND: 'Giải Nhì', THIRD: 'Giải Ba', CONSOLATION: 'Giải Khuyến khích' }
  expect(sheetRows.map((r) => [r.getCell(col('Hạng')).value, r.getCell(col('Họ và tên')).value, r.getCell(col('Điểm')).value, r.getCell(col('Giải')).value, r.getCell(col('Số điện thoại')).value, r.getCell(col('Nghề nghiệp')).value])).toEqual(
    frozen.map((f) => [f.rank, f.fullName, f.score, f.prize ? prizeName[f.prize] : '', f.phone, 'Cán bộ, công chức']),
  )

  await gotoHydrated(page, `/organiser/contests/${contestId}/stats`)
  await expect(page.getByText('Chất lượng câu hỏi')).toBeVisible()
  await expect(page.getByText('Phân bố điểm (thang 5)')).toBeVisible()
  await expectAccessible(page)
  await gotoHydrated(page, `/organiser/contests/${contestId}/integrity`)
  await expect(page.getByText(/Có thể trùng người \(1 nhóm\)/)).toBeVisible()
  await expect(page.getByText('Đỗ Văn Giống')).toHaveCount(2)
  await expectAccessible(page)

  // The public pages: winners' names and units only, never a phone number; statistics with charts.
  const visitor = await (await browser.newContext()).newPage()
  await gotoHydrated(visitor, `/contests/${slug}/rounds/${round1}/results`)
  await expect(visitor.getByRole('heading', { name: 'Giải Nhất (1)' })).toBeVisible()
  await expect(visitor.getByText('Trần Thị Bình')).toBeVisible()
  const html = await visitor.content()
  for (const p of people) expect(html).not.toContain(p.phone)
  await expectAccessible(visitor)
  await gotoHydrated(visitor, `/contests/${slug}/stats`)
  await expect(visitor.getByRole('heading', { name: 'Thống kê cuộc thi' })).toBeVisible()
  await expect(visitor.locator('svg.recharts-surface').first()).toBeVisible()
  await expectAccessible(visitor)
  await gotoHydrated(visitor, '/contests')
  await expectAccessible(visitor)

  // After the close, a participant reviews the attempt with the key, explanation and source.
  const an = people[0]
  const anPage = await (await browser.newContext()).newPage()
  await loginParticipant(anPage, an.phone)
  await gotoHydrated(anPage, `/contests/${slug}/rounds/${round1}`)
  await expect(anPage.getByText(/Bạn xếp hạng 3 với 5 điểm\./)).toBeVisible()
  await anPage.getByRole('link', { name: 'Xem lại bài' }).click()
  await expect(anPage.getByText('Căn cứ:').first()).toBeVisible()
  await expect(anPage.getByText('(đáp án)').first()).toBeVisible()
  await expectAccessible(anPage)
  // Someone else's attempt is not found.
  const [other] = await sql<{ id: string }>(`SELECT "id" FROM "Attempt" WHERE "userId" = $1 LIMIT 1`, [people[1].id])
  const res = await anPage.request.get(`/contests/${slug}/rounds/${round1}/attempts/${other.id}`)
  expect(res.status()).toBe(404)
})
