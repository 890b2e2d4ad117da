import { devices, expect, test, type Locator, type Page } from '@playwright/test'
import { createClient } from 'redis'
import { DEMO_ORGANISER, expectAccessible, gotoHydrated, login, sql } from './helpers'
import { joinLiveGame, livePhone, openLobby, submitLiveSession } from './live-helpers'

/**
 * The host's less common controls, as people in the hall see them: the host
 * drives the game from a phone, the projector and two players' phones follow.
 * Pause and resume, ending the timer early, skipping a question, ending the
 * game early; then the projector reopened once the game is stored.
 *
 * Scoring is "correctness" (every correct answer is worth exactly 1000), so
 * the final numbers say which answers counted.
 */

const QUESTIONS = 4
const LIMIT_SEC = 60

interface AnswerKey {
  type: 'single' | 'multiple' | 'true_false'
  optionIds: string[]
  correct: string[]
}

/** The game's questions as the server stored them in Redis: which options are right, to answer on purpose. */
async function answerKeys(gameId: string): Promise<AnswerKey[]> {
  const client = createClient({ url: process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/3' })
  await client.connect()
  try {
    const json = await client.hGet(`tpl:live:game:${gameId}`, 'h')
    if (!json) throw new Error(`no live state for ${gameId}`)
    const state = JSON.parse(json) as { questions: { type: AnswerKey['type']; options: { id: string }[]; correctOptionIds: string[] }[] }
    return state.questions.map((q) => ({ type: q.type, optionIds: q.options.map((o) => o.id), correct: q.correctOptionIds }))
  } finally {
    await client.quit()
  }
}

const RECEIVED = 'Đã ghi nhận câu trả lời. Chờ công bố đáp án…'
const PAUSED_ON_PHONE = 'Tạm dừng. Chờ người điều khiển tiếp tục…'
const VOIDED = 'Câu hỏi này đã được hủy, không tính điểm.'

/** Taps a right or a wrong answer (multiple choice: every right option, or one wrong one, then Send). */
async function answer(page: Page, key: AnswerKey, which: 'right' | 'wrong', closesQuestion = false) {
  const ids = which === 'right' ? key.correct : [key.optionIds.find((id) => !key.correct.includes(id))!]
  for (const id of ids) await page.locator(`button[data-option="${id}"]`).click()
  if (key.type === 'multiple') await page.getByRole('button', { name: 'Gửi câu trả lời' }).click()
  // The last answer closes the question at once, so its "received" line may never be seen.
  if (!closesQuestion) await expect(page.getByText(RECEIVED)).toBeVisible()
}

/** The whole seconds a countdown shows ("Còn 42 giây", "42s", "42"). */
async function secondsShown(countdown: Locator): Promise<number> {
  const text = (await countdown.textContent({ timeout: 10_000 })) ?? ''
  const match = /\d+/.exec(text)
  if (!match) throw new Error(`no seconds in "${text}"`)
  return Number(match[0])
}

test('the host pauses, resumes, ends the timer early, skips and ends the game from a phone; the projector keeps the podium after the game is stored', async ({ browser }) => {
  test.setTimeout(240_000)

  // ── The host, on a phone: a session of four questions, one minute each, scored on correctness.
  const hostContext = await browser.newContext({ ...devices['Pixel 7'], locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const host = await hostContext.newPage()
  await login(host, DEMO_ORGANISER)
  await gotoHydrated(host, '/organiser/live')
  await host.getByLabel('Tên phiên thi').fill('Vòng điều khiển trực tiếp')
  await host.getByLabel('Số câu hỏi').fill(String(QUESTIONS))
  await host.getByLabel('Thời gian mỗi câu (giây)').fill(String(LIMIT_SEC))
  await host.getByLabel(/^Chính xác: mỗi câu đúng 1.000 điểm/).check()
  const sessionId = await submitLiveSession(host)
  await openLobby(host)
  const [{ pin }] = await sql<{ pin: string }>('SELECT pin FROM "LiveSession" WHERE id = $1', [sessionId])
  const keys = await answerKeys(sessionId)
  expect(keys).toHaveLength(QUESTIONS)

  const screenHref = await host.getByRole('link', { name: /Màn hình chiếu/ }).getAttribute('href')
  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' })
  const projector = await projectorContext.newPage()
  await gotoHydrated(projector, screenHref!)
  await expect(projector.getByTestId('screen-pin')).toHaveText(pin)

  const an = await livePhone(browser)
  const binh = await livePhone(browser)
  await joinLiveGame(an.page, pin, 'Ánh Dương')
  await joinLiveGame(binh.page, pin, 'Bình Minh')
  await expect(projector.getByText('2 người đã vào phòng')).toBeVisible()
  const players = [an.page, binh.page]

  const hostCountdown = host.getByTestId('host-countdown')
  const screenCountdown = projector.getByTestId('countdown')
  const phoneCountdown = (p: Page) => p.getByTestId('phone-countdown')
  const onQuestion = async (n: number) => {
    await expect(projector.getByText(`Câu ${n}/${QUESTIONS}`)).toBeVisible({ timeout: 20_000 })
    for (const p of players) await expect(p.getByText(new RegExp(`^Câu ${n}/${QUESTIONS}$`))).toBeVisible({ timeout: 20_000 })
  }

  // ── Question 1: pause and resume.
  await host.getByRole('button', { name: 'Bắt đầu' }).click()
  await onQuestion(1)
  // Let a few seconds run first, so a countdown reset to the full minute would show.
  await expect.poll(() => secondsShown(phoneCountdown(an.page)), { timeout: 15_000 }).toBeLessThanOrEqual(LIMIT_SEC - 3)

  await host.getByRole('button', { name: 'Tạm dừng', exact: true }).click()
  await expect(host.getByRole('button', { name: 'Tiếp tục', exact: true })).toBeVisible()
  await expect(projector.getByText('Tạm dừng', { exact: true })).toBeVisible()
  for (const p of players) {
    await expect(p.getByText(PAUSED_ON_PHONE)).toBeVisible()
    // What the product does with a tap while paused: the options cannot be pressed at all.
    for (const id of keys[0].optionIds) await expect(p.locator(`button[data-option="${id}"]`)).toBeDisabled()
  }
  await expectAccessible(projector)
  await expectAccessible(an.page)
  const frozen = {
    host: await secondsShown(hostCountdown),
    screen: await secondsShown(screenCountdown),
    phone: await secondsShown(phoneCountdown(an.page)),
  }
  expect(frozen.phone).toBeLessThanOrEqual(LIMIT_SEC - 3)
  await an.page.waitForTimeout(2_500)
  expect({
    host: await secondsShown(hostCountdown),
    screen: await secondsShown(screenCountdown),
    phone: await secondsShown(phoneCountdown(an.page)),
  }).toEqual(frozen)

  await host.getByRole('button', { name: 'Tiếp tục', exact: true }).click()
  await expect(host.getByRole('button', { name: 'Tạm dừng', exact: true })).toBeVisible()
  await expect(an.page.getByText(PAUSED_ON_PHONE)).toBeHidden()
  await expect(projector.getByText('Tạm dừng', { exact: true })).toBeHidden()
  // It goes on from where it stopped: neither back to the full minute nor ahead by the paused time.
  const resumed = await secondsShown(phoneCountdown(an.page))
  expect(resumed).toBeLessThanOrEqual(frozen.phone)
  expect(resumed).toBeGreaterThanOrEqual(frozen.phone - 3)
  const resumedOnScreen = await secondsShown(screenCountdown)
  expect(resumedOnScreen).toBeLessThanOrEqual(frozen.screen)
  expect(resumedOnScreen).toBeGreaterThanOrEqual(frozen.screen - 3)
  // …and it runs again.
  await expect.poll(() => secondsShown(phoneCountdown(an.page)), { timeout: 10_000 }).toBeLessThan(resumed)

  // Answering works again: Ánh Dương right, Bình Minh wrong (the last answer closes the question).
  await answer(an.page, keys[0], 'right')
  await answer(binh.page, keys[0], 'wrong', true)
  await expect(an.page.getByTestId('result')).toContainText('Chính xác!')
  await expect(an.page.getByTestId('result')).toContainText('+1000 điểm')
  await expect(binh.page.getByTestId('result')).toContainText('Chưa đúng')
  await expect(binh.page.getByTestId('result')).toContainText('+0 điểm')

  // ── Question 2: the host ends the timer early.
  await host.getByRole('button', { name: 'Xem bảng xếp hạng' }).click()
  await host.getByRole('button', { name: 'Câu tiếp theo' }).click()
  await onQuestion(2)
  await answer(an.page, keys[1], 'right')
  expect(await secondsShown(screenCountdown)).toBeGreaterThan(30)
  await host.getByRole('button', { name: 'Kết thúc giờ sớm' }).click()
  // Closed at once (well within the half minute still on the clock), the right option marked.
  await expect(projector.getByText('Đáp án đúng:')).toBeVisible({ timeout: 5_000 })
  const marked = await projector.locator('li[data-correct]').evaluateAll((items) => items.map((li) => li.getAttribute('data-option')))
  expect(marked.sort()).toEqual([...keys[1].correct].sort())
  await expectAccessible(projector)
  await expect(an.page.getByTestId('result')).toContainText('Chính xác!')
  await expect(binh.page.getByTestId('result')).toContainText('Bạn chưa trả lời câu này')
  await expect(an.page.getByTestId('me')).toContainText('Tổng điểm: 2000')

  // ── Question 3: Bình Minh answers right, then the host skips the question: it counts for nobody.
  await host.getByRole('button', { name: 'Xem bảng xếp hạng' }).click()
  await host.getByRole('button', { name: 'Câu tiếp theo' }).click()
  await onQuestion(3)
  await answer(binh.page, keys[2], 'right')
  host.once('dialog', (d) => void d.accept())
  await host.getByRole('button', { name: 'Bỏ câu này' }).click()
  await expect(projector.getByText(VOIDED)).toBeVisible()
  await expectAccessible(projector)
  for (const p of players) await expect(p.getByText(VOIDED)).toBeVisible()
  await expect(binh.page.getByTestId('me')).toContainText('Tổng điểm: 0')
  await expect(an.page.getByTestId('me')).toContainText('Tổng điểm: 2000')
  // The game moves on.
  await host.getByRole('button', { name: 'Câu tiếp theo' }).click()
  await onQuestion(4)

  // ── Question 4: Bình Minh answers right again, and the host ends the game: the open question is voided too.
  await answer(binh.page, keys[3], 'right')
  host.once('dialog', (d) => void d.accept())
  await host.getByRole('button', { name: 'Kết thúc trò chơi' }).click()
  await expect(host.getByText('Trò chơi đã kết thúc. Kết quả đang được lưu.')).toBeVisible()
  await expect(projector.getByRole('heading', { name: 'Chung cuộc' })).toBeVisible()
  const podium = projector.getByRole('list', { name: 'Chung cuộc' })
  await expect(podium.getByRole('listitem').filter({ hasText: 'Ánh Dương' })).toContainText('Hạng 1')
  await expect(podium.getByRole('listitem').filter({ hasText: 'Ánh Dương' })).toContainText('2000 điểm')
  await expect(podium.getByRole('listitem').filter({ hasText: 'Bình Minh' })).toContainText('Hạng 2')
  await expect(podium.getByRole('listitem').filter({ hasText: 'Bình Minh' })).toContainText('0 điểm')
  await expectAccessible(projector)
  await expect(an.page.getByTestId('final')).toContainText('Bạn xếp hạng 1 trên 2 người chơi')
  await expect(an.page.getByTestId('final')).toContainText('2000 điểm · 2/4 câu đúng')
  await expect(binh.page.getByTestId('final')).toContainText('Bạn xếp hạng 2 trên 2 người chơi')
  await expect(binh.page.getByTestId('final')).toContainText('0 điểm · 0/4 câu đúng')

  // ── Stored: the skipped and the cut-off questions left nothing behind.
  await expect.poll(async () => (await sql<{ status: string }>('SELECT status FROM "LiveSession" WHERE id = $1', [sessionId]))[0]?.status, { timeout: 20_000 }).toBe('ENDED')
  const stored = await sql<{ nickname: string; score: number; rank: number; correctCount: number }>(
    'SELECT nickname, score, rank, "correctCount" FROM "LivePlayer" WHERE "sessionId" = $1 ORDER BY rank',
    [sessionId],
  )
  expect(stored).toEqual([
    { nickname: 'Ánh Dương', score: 2000, rank: 1, correctCount: 2 },
    { nickname: 'Bình Minh', score: 0, rank: 2, correctCount: 0 },
  ])
  const answered = await sql<{ questionIndex: number }>('SELECT "questionIndex" FROM "LiveAnswer" WHERE "sessionId" = $1 ORDER BY "questionIndex"', [sessionId])
  expect(answered.map((a) => a.questionIndex)).toEqual([0, 0, 1])

  // ── The projector reloaded after the game is stored: the podium from PostgreSQL, with the title.
  await projector.reload()
  await projector.locator('html[data-hydrated="true"]').waitFor()
  await expect(projector.getByRole('heading', { name: 'Vòng điều khiển trực tiếp' })).toBeVisible()
  await expect(projector.getByRole('heading', { name: 'Chung cuộc' })).toBeVisible()
  const storedPodium = projector.getByRole('list', { name: 'Chung cuộc' })
  await expect(storedPodium.getByRole('listitem').filter({ hasText: 'Ánh Dương' })).toContainText('Hạng 1')
  await expect(storedPodium.getByRole('listitem').filter({ hasText: 'Ánh Dương' })).toContainText('2000 điểm')
  await expect(storedPodium.getByRole('listitem').filter({ hasText: 'Bình Minh' })).toContainText('Hạng 2')
  await expectAccessible(projector)

  // Without the link's key and without the host's login, the stored results stay private.
  const strangerContext = await browser.newContext({ locale: 'vi-VN' })
  const stranger = await strangerContext.newPage()
  const refused = await stranger.goto(`/live/${sessionId}/screen`)
  expect(refused?.status()).toBe(403)
  await expect(stranger.getByText('Ánh Dương')).toHaveCount(0)

  for (const c of [hostContext, projectorContext, an.context, binh.context, strangerContext]) await c.close()
})
