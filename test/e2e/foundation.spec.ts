import { expect, test } from '@playwright/test'
import { DEMO_ORGANISER, DEMO_PARTICIPANT, expectAccessible, gotoHydrated, login, openPanel, sql, uniquePhone } from './helpers'

test.describe('health and operations', () => {
  test('GET /healthz checks the database and Redis', async ({ request }) => {
    const res = await request.get('/healthz')
    expect(res.status()).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok', redis: 'ok' })
  })

  test('/metrics exposes HTTP latency and socket gauges', async ({ request }) => {
    await request.get('/')
    const text = await (await request.get('/metrics')).text()
    expect(text).toContain('http_request_duration_seconds_bucket')
    expect(text).toContain('socketio_open_sockets')
    expect(text).toContain('live_games_running')
  })

  test('pages carry security headers, a per-response CSP nonce and a request id', async ({ request }) => {
    const first = await request.get('/')
    const second = await request.get('/')
    const csp = first.headers()['content-security-policy']
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(second.headers()['content-security-policy']).not.toBe(csp)
    expect(first.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(first.headers()['x-request-id']).toMatch(/^[\w-]{8,}$/)
    const html = await first.text()
    const nonce = csp.match(/'nonce-([^']+)'/)![1]
    expect(html).toContain(`nonce="${nonce}"`)
  })

  test('an unknown route is a proper 404 page', async ({ page }) => {
    const response = await gotoHydrated(page, '/trang-khong-ton-tai')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
    await expectAccessible(page)
  })

  test('an oversized body gets a clear 413', async ({ request }) => {
    const res = await request.post('/login', {
      headers: { 'content-type': 'application/octet-stream' },
      data: Buffer.alloc(13 * 1024 * 1024, 1),
    })
    expect(res.status()).toBe(413)
    expect(await res.text()).toContain('vượt quá giới hạn 12 MB')
  })

  test('a body sent without a length is refused before anything reads it', async ({ baseURL }) => {
    const { request: httpRequest } = await import('node:http')
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${baseURL}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write('identifier=')
      req.end('x')
    })
    expect(status).toBe(411)
  })

  test('a form post without a CSRF token, or from another site, is refused', async ({ request }) => {
    const noToken = await request.post('/login', { form: { identifier: DEMO_PARTICIPANT.login, password: DEMO_PARTICIPANT.password } })
    expect(noToken.status()).toBe(403)
    const crossSite = await request.post('/login', {
      headers: { origin: 'https://evil.example' },
      form: { identifier: 'x', password: 'y' },
    })
    expect(crossSite.status()).toBe(403)
    expect(await crossSite.text()).toContain('trang web khác')
  })
})

test.describe('accounts', () => {
  test('a new participant registers, sees their name, logs out and back in', async ({ page }) => {
    const phone = uniquePhone()
    await gotoHydrated(page, '/register')
    await expectAccessible(page)
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Ngọc Ánh')
    await page.getByLabel('Ngày sinh').fill('1998-03-08')
    await page.getByLabel('Số điện thoại').fill(phone)
    await page.getByLabel('Đơn vị / phường, xã').selectOption({ label: '\u2003Phường Ba Đình' })
    await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau-an-toan')
    await page.getByLabel('Nhập lại mật khẩu').fill('matkhau-an-toan')
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    await expect(page.getByText('Xin chào, Nguyễn Thị Ngọc Ánh')).toBeVisible()

    const [row] = await sql<{ phone: string; roles: string }>('SELECT phone, roles::text FROM "User" WHERE phone = $1', [phone])
    expect(row).toEqual({ phone, roles: '{PARTICIPANT}' })

    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible()
    await login(page, { login: phone, password: 'matkhau-an-toan' })
  })

  test('registration explains every problem in Vietnamese and keeps what was typed', async ({ page }) => {
    await gotoHydrated(page, '/register')
    await page.getByLabel('Họ và tên').fill('Lê Văn Trùng')
    await page.getByLabel('Ngày sinh').fill('1990-01-01')
    await page.getByLabel('Số điện thoại').fill(DEMO_PARTICIPANT.login)
    await page.getByLabel('Đơn vị / phường, xã').selectOption({ index: 1 })
    await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau-an-toan')
    await page.getByLabel('Nhập lại mật khẩu').fill('khac-hoan-toan')
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    await expect(page.getByText('Mật khẩu nhập lại không khớp')).toBeVisible()
    await page.getByLabel('Nhập lại mật khẩu').fill('matkhau-an-toan')
    await page.getByLabel('Mật khẩu', { exact: true }).fill('matkhau-an-toan')
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    await expect(page.getByText('Số điện thoại này đã được đăng ký. Mỗi số chỉ có một tài khoản.')).toBeVisible()
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Lê Văn Trùng')
  })

  test('a wrong password is refused and repeated failures lock the account with a time to retry', async ({ page }) => {
    const phone = uniquePhone()
    await sql(`INSERT INTO "User"(id, "fullName", "fullNameKey", phone, "passwordHash", roles, "updatedAt") SELECT 'lock-' || $1, 'Khoá Thử', 'khoa thu', $1, "passwordHash", '{PARTICIPANT}', now() FROM "User" WHERE phone = $2`, [phone, DEMO_PARTICIPANT.login])
    await gotoHydrated(page, '/login')
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Số điện thoại hoặc email').fill(phone)
      await page.getByLabel('Mật khẩu').fill(`sai-${i}`)
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      await expect(page.getByRole('alert').first()).toContainText('không đúng')
    }
    await page.getByLabel('Số điện thoại hoặc email').fill(phone)
    await page.getByLabel('Mật khẩu').fill(DEMO_PARTICIPANT.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByRole('alert').first()).toContainText(/Tài khoản tạm khoá.*thử lại sau \d+ phút/)
  })

  test('a participant cannot open organiser pages; a visitor is sent to log in', async ({ page }) => {
    const anonymous = await gotoHydrated(page, '/organiser/units')
    expect(new URL(page.url()).pathname).toBe('/login')
    expect(anonymous?.status()).toBe(200)
    await expect(page.getByText('Vui lòng đăng nhập để tiếp tục.')).toBeVisible()

    await login(page, DEMO_PARTICIPANT)
    const response = await gotoHydrated(page, '/organiser/units')
    expect(response?.status()).toBe(403)
    await expect(page.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible()
    await expectAccessible(page)
  })

  test('an expired session sends the user back to log in with a message', async ({ page }) => {
    await login(page, DEMO_PARTICIPANT)
    await sql(`UPDATE "Session" SET "expiresAt" = now() - interval '1 minute' WHERE "userId" = (SELECT id FROM "User" WHERE phone = $1)`, [DEMO_PARTICIPANT.login])
    await gotoHydrated(page, '/account')
    expect(new URL(page.url()).pathname).toBe('/login')
    await expect(page.getByText('Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.')).toBeVisible()
  })

  test('a user changes their password and the old one stops working', async ({ page }) => {
    const phone = uniquePhone()
    await sql(`INSERT INTO "User"(id, "fullName", "fullNameKey", phone, "passwordHash", roles, "updatedAt") SELECT 'pw-' || $1, 'Đổi Mật Khẩu', 'doi mat khau', $1, "passwordHash", '{PARTICIPANT}', now() FROM "User" WHERE phone = $2`, [phone, DEMO_PARTICIPANT.login])
    await login(page, { login: phone, password: DEMO_PARTICIPANT.password })
    await gotoHydrated(page, '/account')
    await expectAccessible(page)
    await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PARTICIPANT.password)
    await page.getByLabel('Mật khẩu mới').fill('mat-khau-moi-2026')
    await page.getByLabel('Nhập lại mật khẩu').fill('mat-khau-moi-2026')
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
    await expect(page.getByText('Đã đổi mật khẩu.')).toBeVisible()
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await gotoHydrated(page, '/login')
    await page.getByLabel('Số điện thoại hoặc email').fill(phone)
    await page.getByLabel('Mật khẩu').fill(DEMO_PARTICIPANT.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByRole('alert').first()).toContainText('không đúng')
    await login(page, { login: phone, password: 'mat-khau-moi-2026' })
  })
})

test.describe('language', () => {
  test('Vietnamese by default, English on request, remembered across pages', async ({ page }) => {
    await gotoHydrated(page, '/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thi tìm hiểu pháp luật, nhanh gọn và minh bạch')
    await expectAccessible(page)
    await page.getByRole('button', { name: /Ngôn ngữ: English/ }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal-knowledge contests, simple and fair')
    await gotoHydrated(page, '/login')
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
    await page.getByRole('button', { name: /Language: Tiếng Việt/ }).click()
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible()
  })
})

test.describe('units', () => {
  test('an organiser builds the unit tree: create, rename, move, merge, import with a preview', async ({ page }) => {
    await login(page, DEMO_ORGANISER)
    await gotoHydrated(page, '/organiser/units')
    await expectAccessible(page)
    const suffix = Date.now().toString(36)
    const name = `Phường Thử ${suffix}`
    await page.getByLabel('Tên đơn vị').first().fill(name)
    await page.getByLabel('Đơn vị cấp trên').first().selectOption({ label: 'Thành phố Hà Nội' })
    await page.getByLabel('Loại').first().selectOption('WARD')
    await page.getByLabel('Số người (tùy chọn)').first().fill('1200')
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
    await expect(page.getByText('Đã thêm đơn vị.')).toBeVisible()
    await expect(page.locator('summary').getByText(name, { exact: true })).toBeVisible()

    // Same name again at the same level: refused with the reason.
    await page.getByLabel('Tên đơn vị').first().fill(name)
    await page.getByLabel('Đơn vị cấp trên').first().selectOption({ label: 'Thành phố Hà Nội' })
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
    await expect(page.getByText(`Đã có đơn vị "${name}" ở cùng cấp`)).toBeVisible()

    // Rename it and give it a headcount.
    const row = page.locator('li', { has: page.locator('summary', { hasText: name }) })
    await openPanel(row)
    const renamed = `${name} mới`
    await row.getByLabel('Tên đơn vị').fill(renamed)
    await row.getByLabel('Số người (tùy chọn)').fill('1300')
    await row.getByRole('button', { name: 'Lưu' }).click()
    await expect(page.getByText('Đã cập nhật đơn vị.')).toBeVisible()

    // A second unit, moved under the first, then merged into it.
    await page.getByLabel('Tên đơn vị').first().fill(`Khu phố ${suffix}`)
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
    await expect(page.getByText('Đã thêm đơn vị.')).toBeVisible()
    const second = page.locator('li', { has: page.locator('summary', { hasText: `Khu phố ${suffix}` }) })
    await openPanel(second)
    await second.getByLabel('Đơn vị cấp trên').selectOption({ label: `\u2003${renamed}` })
    await second.getByRole('button', { name: 'Chuyển' }).click()
    await expect(page.getByText('Đã chuyển đơn vị.')).toBeVisible()
    const moved = page.locator('li', { has: page.locator('summary', { hasText: `Khu phố ${suffix}` }) })
    await openPanel(moved)
    // Merging a unit into itself is not offered; merging into its parent is.
    await moved.getByLabel('Gộp vào').selectOption({ label: `\u2003${renamed}` })
    await moved.getByRole('button', { name: 'Gộp vào' }).click()
    await expect(page.getByText('Đã gộp đơn vị.')).toBeVisible()
    await expect(page.locator('summary').getByText(`Khu phố ${suffix}`)).toHaveCount(0)
    const [audit] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action IN ('unit.create','unit.update','unit.move','unit.merge') AND "at" > now() - interval '5 minutes'`)
    expect(audit.n).toBeGreaterThanOrEqual(5)
    const name2 = renamed

    await gotoHydrated(page, '/organiser/units/import')
    const csv = `Danh sách đơn vị\nTên đơn vị,Đơn vị cấp trên,Số người\nTổ dân phố 1 ${suffix},${name2},150\nTổ dân phố 2 ${suffix},${name},abc\nTổ dân phố 3 ${suffix},Không Có Thật,10\n`
    await page.getByLabel(/Tệp .xlsx hoặc .csv/).setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expect(page.getByText('Dòng 4, cột C (Số người): Số người "abc" không phải là số')).toBeVisible()
    await expect(page.getByText('Dòng 5, cột B (Đơn vị cấp trên): Không tìm thấy đơn vị cấp trên "Không Có Thật"')).toBeVisible()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Xác nhận nhập 1 đơn vị' }).click()
    await expect(page.getByText('Đã nhập 1 đơn vị.')).toBeVisible()
    await expect(page.locator('summary').getByText(`Tổ dân phố 1 ${suffix}`)).toBeVisible()
    const [imported] = await sql<{ headcount: number; parent: string }>(
      `SELECT u.headcount, p.name AS parent FROM "Unit" u JOIN "Unit" p ON p.id = u."parentId" WHERE u.name = $1`,
      [`Tổ dân phố 1 ${suffix}`],
    )
    expect(imported).toEqual({ headcount: 150, parent: name2 })
  })
})
