import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerUser } from '../../app/routes/auth/register.server'
import { registerSchema } from '../../app/routes/auth/register-schema'
import { verifyPassword } from '../../app/utils/password.server'
import { seedDemo } from '../../prisma/seed-demo'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t.drop())

describe('demo seed', () => {
  it('creates the demo organisation, units, users and the Resolution 66 bank once, and changes nothing the second time', async () => {
    const first = await seedDemo(t.db)
    expect(first.created).toBe(true)
    expect(first.questions).toBeGreaterThanOrEqual(130)
    const counts = async () => ({
      units: await t.db.unit.count(),
      users: await t.db.user.count(),
      questions: await t.db.question.count({ where: { status: 'APPROVED' } }),
      versions: await t.db.questionVersion.count(),
    })
    const before = await counts()
    expect(before.questions).toBe(first.questions)
    expect(before.versions).toBe(first.questions)
    const second = await seedDemo(t.db)
    expect(second.created).toBe(false)
    expect(await counts()).toEqual(before)
    const organiser = await t.db.user.findUniqueOrThrow({ where: { email: first.organiserLogin } })
    expect(organiser.roles).toEqual(['ORGANISER', 'HOST'])
    expect(await verifyPassword(organiser.passwordHash, first.organiserPassword)).toBe(true)
  })
})

describe('registration', () => {
  it('allows one account per phone number, even when two sign-ups race', async () => {
    const unit = await t.db.unit.findFirstOrThrow()
    const input = registerSchema.parse({
      fullName: 'Phạm  Minh   Đức',
      dateOfBirth: '1995-07-01',
      phone: '+84 987 654 321',
      unitId: unit.id,
      password: 'mat-khau-dai',
      confirmPassword: 'mat-khau-dai',
    })
    expect(input.fullName).toBe('Phạm Minh Đức')
    expect(input.phone).toBe('0987654321')
    const results = await Promise.all([registerUser(t.db, input), registerUser(t.db, input)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, fieldErrors: { phone: ['Số điện thoại này đã được đăng ký. Mỗi số chỉ có một tài khoản.'] } })
    const user = await t.db.user.findUniqueOrThrow({ where: { phone: '0987654321' } })
    expect(user.fullNameKey).toBe('pham minh duc')
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
  })

  it('refuses a unit that does not exist', async () => {
    const input = registerSchema.parse({ fullName: 'Ai Đó', dateOfBirth: '1990-01-01', email: 'ai@do.vn', unitId: 'khong-co', password: 'mat-khau-dai', confirmPassword: 'mat-khau-dai' })
    expect(await registerUser(t.db, input)).toEqual({ ok: false, fieldErrors: { unitId: ['Đơn vị không tồn tại, vui lòng chọn lại'] } })
  })

  it('checks the form: contact, age, matching passwords', () => {
    const r = registerSchema.safeParse({ fullName: 'A1', dateOfBirth: '2030-01-01', unitId: '', password: 'short', confirmPassword: 'other' })
    expect(r.success).toBe(false)
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'fullName: Họ và tên chỉ gồm chữ cái',
        'dateOfBirth: Tuổi phải từ 6 đến 120',
        'unitId: Chọn đơn vị',
        'password: Mật khẩu cần ít nhất 8 ký tự',
      ]),
    )
  })
})

describe('admin:create', () => {
  it('creates the first administrator from the command line, then promotes on a second run', async () => {
    const run = (args: string[]) =>
      promisify(execFile)('npx', ['tsx', 'scripts/create-admin.ts', ...args], { env: { ...process.env, DATABASE_URL: t.url } })
    const first = await run(['--name', 'Quản Trị', '--email', 'Admin@Example.vn', '--password', 'mat-khau-quan-tri'])
    expect(first.stdout).toContain('Created administrator Quản Trị.')
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: 'admin@example.vn' } })
    expect(admin.roles).toEqual(['ADMIN'])
    const second = await run(['--name', 'Quản Trị', '--email', 'admin@example.vn', '--password', 'mat-khau-moi-hon'])
    expect(second.stdout).toContain('Promoted')
    await expect(run(['--name', 'X', '--password', 'short'])).rejects.toMatchObject({ code: 2 })
  })
})
