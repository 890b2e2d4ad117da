import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import pg from 'pg'

export const DEMO_ORGANISER = { login: 'bantochuc@demo.thiphapluat.vn', password: 'ToChuc@2026' }
export const DEMO_PARTICIPANT = { login: '0912345678', password: 'DuThi@2026' }

/** Waits for React to hydrate, so clicks are handled by the app and not lost. */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url)
  await page.locator('html[data-hydrated="true"]').waitFor()
  return response
}

/**
 * Opens the first <details> panel inside `container`. Panels close when their list re-renders
 * after a save (by design), so a click that lands while the previous save's page is being
 * replaced is lost: look again and click again until the panel is open.
 */
export async function openPanel(container: Locator) {
  const details = container.locator('details').first()
  await expect(async () => {
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').first().click()
    await expect(details).toHaveJSProperty('open', true, { timeout: 2000 })
  }).toPass({ timeout: 30_000 })
}

/** Every page a test visits is checked for serious accessibility problems. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

/** Signs in; `base` is the address of another app process than the default server. */
export async function login(page: Page, who: { login: string; password: string }, base = '') {
  await gotoHydrated(page, `${base}/login`)
  await page.getByLabel('Số điện thoại hoặc email').fill(who.login)
  await page.getByLabel('Mật khẩu').fill(who.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible()
}

export async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: (process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, `/${process.env.E2E_DB ?? 'tpl_e2e'}`) })
  await client.connect()
  try {
    return (await client.query<T>(text, params)).rows
  } finally {
    await client.end()
  }
}

let counter = 0
/** A phone number no other test uses. */
export function uniquePhone(): string {
  counter += 1
  return `09${String(Date.now() % 10_000_000).padStart(7, '0')}${counter}`.slice(0, 10)
}
