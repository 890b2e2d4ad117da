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
