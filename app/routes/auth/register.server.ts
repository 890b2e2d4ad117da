import { foldDiacritics } from '~/core/text/normalize'
import { Prisma, type Db } from '~/utils/db.server'
import { hashPassword } from '~/utils/password.server'
import type { RegisterInput } from './register-schema'

type Result = { ok: true; userId: string } | { ok: false; fieldErrors: Record<string, string[]> }

export async function registerUser(db: Db, input: RegisterInput): Promise<Result> {
  const unit = await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true } })
  if (!unit) return { ok: false, fieldErrors: { unitId: ['Đơn vị không tồn tại, vui lòng chọn lại'] } }
  try {
    const user = await db.user.create({
      data: {
        fullName: input.fullName,
        fullNameKey: foldDiacritics(input.fullName),
        dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00Z`),
        phone: input.phone ?? null,
        email: input.email ?? null,
        unitId: unit.id,
        passwordHash: await hashPassword(input.password),
        roles: ['PARTICIPANT'],
      },
      select: { id: true },
    })
    return { ok: true, userId: user.id }
  } catch (error) {
    // The unique indexes are the real guard: two sign-ups racing with one phone cannot both win.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const [byPhone, byEmail] = await Promise.all([
        input.phone ? db.user.count({ where: { phone: input.phone } }) : 0,
        input.email ? db.user.count({ where: { email: input.email } }) : 0,
      ])
      const fieldErrors: Record<string, string[]> = {}
      if (byPhone) fieldErrors.phone = ['Số điện thoại này đã được đăng ký. Mỗi số chỉ có một tài khoản.']
      if (byEmail) fieldErrors.email = ['Email này đã được đăng ký']
      if (byPhone || byEmail) return { ok: false, fieldErrors }
    }
    throw error
  }
}
