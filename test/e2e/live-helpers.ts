import { devices, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { gotoHydrated } from './helpers'

/** A player's phone: a browser context of its own, in Vietnamese and Hanoi time. */
export async function livePhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  return { context, page: await context.newPage() }
}

/**
 * Joins a live game by PIN with a nickname, and waits for the lobby's welcome.
 * `base`: the address of another app process than the default server.
 */
export async function joinLiveGame(page: Page, pin: string, nickname: string, base = '') {
  await gotoHydrated(page, `${base}/join/${pin}`)
  await page.getByLabel('Biệt danh').fill(nickname)
  await page.getByRole('button', { name: 'Tham gia', exact: true }).click()
  await expect(page.getByText('Bạn đã vào phòng! Hãy chờ người điều khiển bắt đầu.')).toBeVisible()
}

/**
 * Answers with one option. Questions are drawn at random from the bank, so this may be a
 * multiple-choice one, which waits for "Gửi câu trả lời" after the options are chosen.
 */
export async function chooseOption(page: Page, optionId: string) {
  const send = page.getByRole('button', { name: 'Gửi câu trả lời' })
  const multiple = (await send.count()) > 0
  await page.locator(`button[data-option="${optionId}"]`).click()
  if (multiple) await send.click()
}

/** Submits the filled-in session form, waits for the host's console, and returns the new session's id. */
export async function submitLiveSession(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Tạo phiên và mở bảng điều khiển' }).click()
  await page.waitForURL(/\/organiser\/live\/[\w-]+\/host$/)
  await page.locator('html[data-hydrated="true"]').waitFor()
  return page.url().split('/').at(-2)!
}

/** From the host's console, once it is connected: opens the lobby. */
export async function openLobby(host: Page) {
  await expect(host.getByText('Đã kết nối')).toBeVisible()
  await host.getByRole('button', { name: 'Mở phòng chờ' }).click()
  await expect(host.getByText('Phòng chờ', { exact: true })).toBeVisible()
}
