import { spawn, type ChildProcess } from 'node:child_process'
import { expect, test, type Page } from '@playwright/test'
import { startE2eEnvironment } from './e2e-env'
import { DEMO_ORGANISER, DEMO_PARTICIPANT, expectAccessible, gotoHydrated, login, sql } from './helpers'
import { chooseOption, joinLiveGame, livePhone, openLobby, submitLiveSession } from './live-helpers'

/**
 * A whole live game in real browsers: the host on one app process, the
 * projector, phones on a second process that shares Redis, a phone that goes
 * offline and comes back, a player who is kicked, and the host's process
 * killed and restarted in the middle of a question.
 */

const basePort = Number(process.env.E2E_PORT ?? 3100)
const HOST_PORT = basePort + 1
const PHONE_PORT = basePort + 2
const hostUrl = `http://127.0.0.1:${HOST_PORT}`
const phoneUrl = `http://127.0.0.1:${PHONE_PORT}`
const databaseUrl = (process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, `/${process.env.E2E_DB ?? 'tpl_e2e'}`)

const servers = new Map<number, ChildProcess>()

/** An app process of our own (the production build), on `port`, sharing the e2e database and Redis. */
async function startServer(port: number) {
  const child = spawn(process.execPath, ['dist/server.js'], {
    env: { ...process.env, ...startE2eEnvironment(databaseUrl, port), SEED_DEMO: 'false' },
    stdio: ['ignore', 'ignore', process.env.E2E_SERVER_LOGS ? 'inherit' : 'ignore'],
  })
  servers.set(port, child)
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [250] })
    .toBe(200)
}

async function killServer(port: number) {
  const child = servers.get(port)
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL') // no shutdown hook runs: no snapshot, no lease release
  await exited
  servers.delete(port)
}

test.beforeAll(async () => {
  await Promise.all([startServer(HOST_PORT), startServer(PHONE_PORT)])
})

test.afterAll(async () => {
  await Promise.all([...servers.keys()].map(killServer))
})

const phoneQuestion = (page: Page, n: number) => expect(page.getByText(new RegExp(`^Câu ${n}/3$`))).toBeVisible({ timeout: 20_000 })

test('a host, a projector and phones play a whole game across two processes, through a phone going offline and a server crash', async ({ browser }) => {
  test.setTimeout(240_000)

  // ── The host, on process 1: creates the session from the demo bank.
  const hostContext = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const host = await hostContext.newPage()
  await login(host, DEMO_ORGANISER, hostUrl)
  await gotoHydrated(host, `${hostUrl}/organiser/live`)
  await expectAccessible(host)
  await host.getByLabel('Tên phiên thi').fill('Chung kết trực tiếp Nghị quyết 66')
  await host.getByLabel('Số câu hỏi').fill('3')
  await host.getByLabel('Thời gian mỗi câu (giây)').fill('60')
  const sessionId = await submitLiveSession(host)
  await openLobby(host)
  await expectAccessible(host)
  const [{ pin }] = await sql<{ pin: string }>('SELECT pin FROM "LiveSession" WHERE id = $1', [sessionId])

  // ── The projector, opened from the host's link (no login on that computer).
  const screenHref = await host.getByRole('link', { name: /Màn hình chiếu/ }).getAttribute('href')
  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' })
  const projector = await projectorContext.newPage()
  await gotoHydrated(projector, `${hostUrl}${screenHref}`)
  // Someone else with a tampered link is refused, and told why.
  const stranger = await browser.newContext({ locale: 'vi-VN' })
  const strangerPage = await stranger.newPage()
  await strangerPage.goto(`${hostUrl}${screenHref!.replace(/key=[^&]+/, 'key=gia-mao')}`)
  await expect(strangerPage.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible()
  await expect(strangerPage.getByText('Đường dẫn màn hình chiếu không hợp lệ')).toBeVisible()
  await stranger.close()
  await expect(projector.getByTestId('screen-pin')).toHaveText(pin)
  await expect(projector.getByRole('img', { name: 'Mã QR để tham gia trò chơi' })).toBeVisible()
  await expectAccessible(projector)

  // ── Phones, on process 2: a guest by PIN, the signed-in participant, another guest, and one to be kicked.
  const an = await livePhone(browser)
  await gotoHydrated(an.page, `${phoneUrl}/join`)
  await expectAccessible(an.page)
  await an.page.getByLabel('Mã PIN').fill('12')
  await an.page.getByRole('button', { name: 'Vào phòng' }).click()
  await expect(an.page.getByText('Mã PIN phải gồm 6 chữ số')).toBeVisible()
  await an.page.getByLabel('Mã PIN').fill(pin)
  await an.page.getByRole('button', { name: 'Vào phòng' }).click()
  await an.page.waitForURL(`${phoneUrl}/join/${pin}`)
  await an.page.locator('html[data-hydrated="true"]').waitFor()
  await an.page.getByLabel('Biệt danh').fill('Ánh Dương')
  await expectAccessible(an.page)
  await an.page.getByRole('button', { name: 'Tham gia', exact: true }).click()
  await expect(an.page.getByText('Bạn đã vào phòng! Hãy chờ người điều khiển bắt đầu.')).toBeVisible()
  await expectAccessible(an.page)

  const dt = await livePhone(browser)
  await login(dt.page, DEMO_PARTICIPANT, phoneUrl)
  await gotoHydrated(dt.page, `${phoneUrl}/join/${pin}`)
  await expect(dt.page.getByLabel(/Tham gia bằng tài khoản Trần Văn Dự Thi/)).toBeChecked()
  await dt.page.getByLabel('Biệt danh').fill('Dự Thi')
  await dt.page.getByRole('button', { name: 'Tham gia', exact: true }).click()
  await expect(dt.page.getByText('Phường Hoàn Kiếm')).toBeVisible()

  const binh = await livePhone(browser)
  // A name already taken (folded: "anh duong") is refused with a clear message.
  await gotoHydrated(binh.page, `${phoneUrl}/join/${pin}`)
  await binh.page.getByLabel('Biệt danh').fill('anh DUONG')
  await binh.page.getByRole('button', { name: 'Tham gia', exact: true }).click()
  await expect(binh.page.getByText('Biệt danh này đã có người dùng, hãy chọn biệt danh khác.')).toBeVisible()
  await joinLiveGame(binh.page, pin, 'Bình Minh', phoneUrl)

  const troll = await livePhone(browser)
  await joinLiveGame(troll.page, pin, 'Kẻ Phá Rối', phoneUrl)

  await expect(projector.getByText('4 người đã vào phòng')).toBeVisible()
  await expect(projector.getByText('Kẻ Phá Rối')).toBeVisible()
  // The host kicks a player: they are told, and cannot come back under that name.
  host.once('dialog', (d) => void d.accept())
  await host.getByRole('button', { name: 'Mời ra: Kẻ Phá Rối' }).click()
  await expect(troll.page.getByText('Bạn đã bị mời ra khỏi trò chơi này nên không thể tham gia lại.')).toBeVisible()
  await gotoHydrated(troll.page, `${phoneUrl}/join/${pin}`)
  await troll.page.getByLabel('Biệt danh').fill('Kẻ Phá Rối')
  await troll.page.getByRole('button', { name: 'Tham gia', exact: true }).click()
  await expect(troll.page.getByText('Bạn đã bị mời ra khỏi trò chơi này nên không thể tham gia lại.')).toBeVisible()
  await expect(projector.getByText('3 người đã vào phòng')).toBeVisible()

  // ── Question 1: everyone answers; it closes by itself; each phone sees its own result.
  await host.getByRole('button', { name: 'Bắt đầu' }).click()
  for (const p of [an.page, dt.page, binh.page]) await phoneQuestion(p, 1)
  await expect(projector.getByText('Câu 1/3')).toBeVisible()
  await expect(projector.getByTestId('countdown')).toBeVisible()
  await expectAccessible(projector)
  await expectAccessible(an.page)
  await chooseOption(an.page, 'a')
  await expect(an.page.getByText('Đã ghi nhận câu trả lời. Chờ công bố đáp án…')).toBeVisible()
  await expect(projector.getByText('1 câu trả lời')).toBeVisible()
  await chooseOption(dt.page, 'b')
  await chooseOption(binh.page, 'a')
  for (const p of [an.page, dt.page, binh.page]) await expect(p.getByTestId('result')).toBeVisible()
  await expect(projector.getByText('Đáp án đúng:')).toBeVisible()
  await expect(projector.getByText(/^Căn cứ:/)).toBeVisible()
  await expectAccessible(projector)
  await expectAccessible(an.page)
  // The projector's key marks the same option that the phones were told afterwards.
  const correct1 = await projector.locator('li[data-correct]').evaluateAll((items) => items.map((li) => li.getAttribute('data-option')))
  await expect(an.page.getByTestId('result')).toContainText(correct1.join() === 'a' ? 'Chính xác!' : 'Chưa đúng')

  await host.getByRole('button', { name: 'Xem bảng xếp hạng' }).click()
  await expect(projector.getByRole('heading', { name: 'Bảng xếp hạng' })).toBeVisible()
  await expectAccessible(projector)

  // ── Question 2: one phone answers, another goes offline, then the host's process dies and comes back.
  await host.getByRole('button', { name: 'Câu tiếp theo' }).click()
  for (const p of [an.page, dt.page, binh.page]) await phoneQuestion(p, 2)
  await chooseOption(an.page, 'b')
  await expect(an.page.getByText('Đã ghi nhận câu trả lời. Chờ công bố đáp án…')).toBeVisible()

  await binh.context.setOffline(true)
  await expect(binh.page.getByText('Mất kết nối, đang kết nối lại…')).toBeVisible({ timeout: 30_000 })

  await killServer(HOST_PORT)
  await expect(host.getByText('Mất kết nối, đang kết nối lại…')).toBeVisible()
  await startServer(HOST_PORT)
  // The restarted process takes its game back from Redis; the host and the projector reconnect by themselves.
  await expect(host.getByText('Đã kết nối')).toBeVisible({ timeout: 30_000 })
  await expect(host.getByText('1/3')).toBeVisible()
  await expect(projector.getByText('Câu 2/3')).toBeVisible({ timeout: 30_000 })

  // The phone comes back online: same player, same score, the question still open, its answer taken.
  await binh.context.setOffline(false)
  await expect(binh.page.getByText('Đã kết nối')).toBeVisible({ timeout: 30_000 })
  await expect(binh.page.getByTestId('me')).toContainText('Bình Minh')
  await phoneQuestion(binh.page, 2)
  await chooseOption(binh.page, 'a')
  await expect(binh.page.getByText('Đã ghi nhận câu trả lời. Chờ công bố đáp án…')).toBeVisible()
  // The projector is live again, not showing what it had before the crash: it counts the answers since.
  await expect(projector.getByText('2 câu trả lời')).toBeVisible({ timeout: 15_000 })
  await chooseOption(dt.page, 'a')
  // The answer given before the crash still counts: Ánh Dương gets a result for question 2, not "no answer".
  await expect(an.page.getByTestId('result')).toBeVisible({ timeout: 20_000 })
  await expect(an.page.getByTestId('result')).not.toContainText('Bạn chưa trả lời câu này')

  // ── Question 3, then the end.
  await host.getByRole('button', { name: 'Xem bảng xếp hạng' }).click()
  await host.getByRole('button', { name: 'Câu tiếp theo' }).click()
  for (const p of [an.page, dt.page, binh.page]) await phoneQuestion(p, 3)
  await chooseOption(an.page, 'a')
  await chooseOption(dt.page, 'b')
  await host.getByRole('button', { name: 'Đóng câu hỏi' }).click()
  await expect(binh.page.getByText('Bạn chưa trả lời câu này')).toBeVisible()
  await host.getByRole('button', { name: 'Xem bảng xếp hạng' }).click()
  await host.getByRole('button', { name: 'Xem kết quả chung cuộc' }).click()
  await expect(projector.getByRole('heading', { name: 'Chung cuộc' })).toBeVisible()
  await expectAccessible(projector)
  for (const p of [an.page, dt.page, binh.page]) await expect(p.getByTestId('final')).toBeVisible()
  await expectAccessible(dt.page)

  // ── Stored in PostgreSQL in one transaction; the participant's result is attached to their account.
  await expect.poll(async () => (await sql<{ status: string }>('SELECT status FROM "LiveSession" WHERE id = $1', [sessionId]))[0]?.status, { timeout: 20_000 }).toBe('ENDED')
  const players = await sql<{ nickname: string; kicked: boolean; has_user: boolean }>(
    'SELECT nickname, kicked, "userId" IS NOT NULL AS has_user FROM "LivePlayer" WHERE "sessionId" = $1 ORDER BY nickname',
    [sessionId],
  )
  expect(players).toEqual([
    { nickname: 'Bình Minh', kicked: false, has_user: false },
    { nickname: 'Dự Thi', kicked: false, has_user: true },
    { nickname: 'Kẻ Phá Rối', kicked: true, has_user: false },
    { nickname: 'Ánh Dương', kicked: false, has_user: false },
  ])
  const [{ count }] = await sql<{ count: string }>('SELECT count(*) FROM "LiveAnswer" WHERE "sessionId" = $1', [sessionId])
  expect(Number(count)).toBe(8) // 3 + 3 + 2

  // ── Results for the organiser, and the XLSX export.
  await host.getByRole('link', { name: 'Xem kết quả' }).click()
  await expect(host.getByRole('heading', { name: 'Bảng xếp hạng' })).toBeVisible()
  await expectAccessible(host)
  const download = await host.request.get(`${hostUrl}/organiser/live/${sessionId}/results.xlsx`)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toContain('spreadsheetml')
  expect((await download.body()).subarray(0, 2).toString()).toBe('PK')

  for (const c of [hostContext, projectorContext, an.context, dt.context, binh.context, troll.context]) await c.close()
})
