import { expect, test, type Page } from '@playwright/test'
import { DEMO_ORGANISER, expectAccessible, gotoHydrated, login, sql } from './helpers'
import { joinLiveGame, livePhone, openLobby, submitLiveSession } from './live-helpers'

/**
 * Saved question sets: the demo organiser builds a set of three questions of
 * the seeded bank in an order of their choosing, creates a live session from
 * it, and the first question a phone and the projector show is the set's
 * first one. Then the set is deleted; the session it made stays.
 */

const FIRST = 'Khi nói về bối cảnh cần đổi mới công tác pháp luật, Tổng Bí thư Tô Lâm đã gọi thể chế là gì?'
const SECOND = 'Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật được thành lập theo quyết định số bao nhiêu của Bộ Chính trị?'
const THIRD = 'Ai đã thay mặt Bộ Chính trị ký ban hành Nghị quyết số 66-NQ/TW?'
const REMOVED = 'Nghị quyết số 66-NQ/TW của Bộ Chính trị được ban hành ngày nào?'
const SET_NAME = 'Bộ chung kết cụm Ba Đình'

/** Searches the picker (without accents, as people type) and adds the question with exactly this text. */
async function findAndAdd(page: Page, query: string, stem: string) {
  // Other tests add banks that sort before the seeded one, so choose it rather than rely on the first.
  await page.getByRole('combobox', { name: 'Ngân hàng câu hỏi' }).selectOption({ label: 'Ngân hàng câu hỏi Nghị quyết 66-NQ/TW' })
  await page.getByLabel('Tìm trong nội dung câu hỏi').fill(query)
  await page.getByRole('button', { name: 'Tìm', exact: true }).click()
  const row = page.getByTestId('found-question').filter({ has: page.getByText(stem, { exact: true }) })
  await row.getByRole('button', { name: 'Thêm', exact: true }).click()
  await expect(row.getByRole('button', { name: 'Đã chọn', exact: true })).toBeDisabled()
}

const chosenStems = (page: Page) => page.getByTestId('chosen-question').locator('p.whitespace-pre-wrap').allTextContents()

test('a host builds a saved set in their order and runs a live session from it', async ({ page, browser }) => {
  test.setTimeout(120_000)
  await login(page, DEMO_ORGANISER)

  // ── The sets page, reached from the live sessions page: empty at first, with a call to action.
  await gotoHydrated(page, '/organiser/live')
  await page.getByRole('link', { name: 'Bộ câu hỏi đã lưu' }).click()
  await expect(page.getByText('Chưa có bộ câu hỏi nào.')).toBeVisible()
  await page.locator('html[data-hydrated="true"]').waitFor()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Tạo bộ câu hỏi đầu tiên' }).click()

  // ── The editor: name, then four questions found by accent-free searches; one removed, one moved to the top.
  await expect(page.getByRole('heading', { name: 'Tạo bộ câu hỏi', level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^Tìm thấy \d+ câu$/ })).toBeVisible()
  await page.getByLabel('Tên bộ câu hỏi').fill(SET_NAME)
  // Saving with no question is refused in Vietnamese before anything is sent.
  await page.getByRole('button', { name: 'Lưu bộ câu hỏi' }).click()
  await expect(page.getByText('Hãy chọn ít nhất một câu hỏi cho bộ')).toBeVisible()

  await findAndAdd(page, 'quyet dinh so bao nhieu', SECOND)
  await findAndAdd(page, 'thay mat bo chinh tri ky', THIRD)
  await findAndAdd(page, 'ban hanh ngay nao', REMOVED)
  await findAndAdd(page, 'tong bi thu goi the che', FIRST)
  await expect(page.getByRole('heading', { name: 'Câu hỏi đã chọn (4)' })).toBeVisible()
  expect(await chosenStems(page)).toEqual([SECOND, THIRD, REMOVED, FIRST])

  await page.getByRole('button', { name: 'Bỏ câu 3 khỏi bộ' }).click()
  await page.getByRole('button', { name: 'Đưa câu 3 lên trên' }).click()
  // Focus follows the moved question (keyboard users keep their place), and the move is announced.
  await expect(page.getByRole('button', { name: 'Đưa câu 2 lên trên' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Đưa câu 1 xuống dưới' })).toBeFocused()
  await expect(page.getByText('Đã chuyển câu hỏi tới vị trí 1')).toBeAttached()
  await expect(page.getByRole('heading', { name: 'Câu hỏi đã chọn (3)' })).toBeVisible()
  expect(await chosenStems(page)).toEqual([FIRST, SECOND, THIRD])
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Lưu bộ câu hỏi' }).click()
  await expect(page.getByText(`Đã lưu bộ câu hỏi “${SET_NAME}” (3 câu).`)).toBeVisible()
  await page.waitForURL(/\/organiser\/live\/sets\/[\w-]+$/)
  await page.locator('html[data-hydrated="true"]').waitFor()
  const setId = page.url().split('/').at(-1)!
  expect(await chosenStems(page)).toEqual([FIRST, SECOND, THIRD])
  const stored = await sql<{ stem: string }>(
    `SELECT v.stem FROM "QuestionSetItem" i JOIN "Question" q ON q.id = i."questionId" JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
     WHERE i."setId" = $1 ORDER BY i.position`,
    [setId],
  )
  expect(stored.map((r) => r.stem)).toEqual([FIRST, SECOND, THIRD])

  // ── The list shows it; from there, a session from the set.
  await page.getByRole('link', { name: 'Về danh sách bộ câu hỏi' }).click()
  const listed = page.getByRole('list', { name: 'Danh sách bộ câu hỏi' }).getByRole('listitem').filter({ hasText: SET_NAME })
  await expect(listed).toContainText('3 câu')
  await page.locator('html[data-hydrated="true"]').waitFor()
  await expectAccessible(page)
  await listed.getByRole('link', { name: 'Tạo phiên từ bộ này' }).click()

  await page.waitForURL(/\/organiser\/live\?set=/)
  await page.locator('html[data-hydrated="true"]').waitFor()
  await expect(page.getByLabel('Từ bộ câu hỏi đã lưu')).toBeChecked()
  await expect(page.getByLabel('Bộ câu hỏi', { exact: true })).toHaveValue(setId)
  await expect(page.getByLabel('Số câu hỏi')).toHaveCount(0)
  await expectAccessible(page)
  await page.getByLabel('Tên phiên thi').fill('Chung kết cụm Ba Đình (bộ đã lưu)')
  await page.getByLabel('Thời gian mỗi câu (giây)').fill('60')
  const sessionId = await submitLiveSession(page)
  const [session] = await sql<{ pin: string; n: number; settings: { set?: { id: string } } }>(
    'SELECT pin, cardinality("questionVersionIds") AS n, settings FROM "LiveSession" WHERE id = $1',
    [sessionId],
  )
  expect(session.n).toBe(3)
  expect(session.settings.set?.id).toBe(setId)

  // ── Lobby, projector, one phone; the host starts and the set's first question is asked.
  await openLobby(page)
  const screenHref = await page.getByRole('link', { name: /Màn hình chiếu/ }).getAttribute('href')
  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN' })
  const projector = await projectorContext.newPage()
  await gotoHydrated(projector, screenHref!)
  await expect(projector.getByTestId('screen-pin')).toHaveText(session.pin)

  const { context: phoneContext, page: phone } = await livePhone(browser)
  await joinLiveGame(phone, session.pin, 'Hoa Sen')
  await expect(projector.getByText('1 người đã vào phòng')).toBeVisible()

  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  await expect(phone.getByText(/^Câu 1\/3$/)).toBeVisible({ timeout: 20_000 })
  await expect(phone.getByRole('heading', { name: FIRST })).toBeVisible()
  await expect(projector.getByText('Câu 1/3')).toBeVisible()
  await expect(projector.getByRole('heading', { name: FIRST })).toBeVisible()
  await expectAccessible(projector)
  await expectAccessible(phone)
  await projectorContext.close()
  await phoneContext.close()

  // ── Deleting the set asks first; the session made from it stays.
  await gotoHydrated(page, `/organiser/live/sets/${setId}`)
  page.once('dialog', (d) => void d.dismiss())
  await page.getByRole('button', { name: 'Xóa bộ câu hỏi' }).click()
  await expect(page.getByRole('heading', { name: SET_NAME, level: 1 })).toBeVisible()
  expect(await sql('SELECT 1 FROM "QuestionSet" WHERE id = $1', [setId])).toHaveLength(1)
  page.once('dialog', (d) => {
    expect(d.message()).toBe(`Xóa bộ câu hỏi “${SET_NAME}”? Các phiên thi đã tạo từ bộ này không bị ảnh hưởng.`)
    void d.accept()
  })
  await page.getByRole('button', { name: 'Xóa bộ câu hỏi' }).click()
  await expect(page.getByText(`Đã xóa bộ câu hỏi “${SET_NAME}”.`)).toBeVisible()
  await expect(page.getByText('Chưa có bộ câu hỏi nào.')).toBeVisible()
  expect(await sql('SELECT 1 FROM "QuestionSet" WHERE id = $1', [setId])).toHaveLength(0)
  expect(await sql('SELECT 1 FROM "LiveSession" WHERE id = $1', [sessionId])).toHaveLength(1)

  // ── The session's questions become a set again, in the order they were asked.
  await gotoHydrated(page, `/organiser/live/${sessionId}`)
  await page.getByRole('button', { name: 'Lưu thành bộ câu hỏi' }).click()
  const savedName = 'Bộ câu hỏi: Chung kết cụm Ba Đình (bộ đã lưu)'
  await expect(page.getByText(`Đã lưu 3 câu hỏi của phiên thành bộ “${savedName}”. Bạn có thể sửa thứ tự hoặc thêm bớt câu hỏi.`)).toBeVisible()
  await expect(page.getByRole('heading', { name: savedName, level: 1 })).toBeVisible()
  const savedId = page.url().split('/').at(-1)!
  const asked = await sql<{ qid: string }>(
    'SELECT v."questionId" AS qid FROM "LiveSession" s, unnest(s."questionVersionIds") WITH ORDINALITY AS u(vid, n) JOIN "QuestionVersion" v ON v.id = u.vid WHERE s.id = $1 ORDER BY u.n',
    [sessionId],
  )
  const items = await sql<{ qid: string }>('SELECT "questionId" AS qid FROM "QuestionSetItem" WHERE "setId" = $1 ORDER BY position', [savedId])
  expect(items.map((i) => i.qid)).toEqual(asked.map((a) => a.qid))
  await expectAccessible(page)
})
