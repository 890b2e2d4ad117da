import { expect, test } from '@playwright/test'
import { expectAccessible, gotoHydrated } from './helpers'

// Participants are mostly on phones: nothing may overflow sideways, down to 360 px.
for (const width of [360, 412]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })

    for (const path of ['/', '/login', '/register']) {
      test(`${path} fits the screen and is accessible`, async ({ page }) => {
        await gotoHydrated(page, path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow).toBeLessThanOrEqual(0)
        await expectAccessible(page)
      })
    }
  })
}
