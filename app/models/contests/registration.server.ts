import { checkEligibility, readEligibility } from '~/core/contest/eligibility'
import { readRegistrationFields, validateFieldValues } from '~/core/contest/registration-fields'
import { Prisma, type Db } from '~/utils/db.server'
import { admittedUnits } from './contest.server'

export type RegisterResult = { ok: true; registrationId: string } | { ok: false; message?: string; fieldErrors?: Record<string, string> }

/**
 * Registers a participant for a published contest: eligibility (age, unit)
 * and the organiser's custom fields are checked here, whatever the form sent.
 * Registering twice is harmless: the unique (contest, user) keeps one row and
 * the first answers stand (the unit of a registration feeds group prizes, so it
 * does not change once given).
 */
export async function registerForContest(
  db: Db,
  input: { contestId: string; userId: string; unitId: string | null; fields: Record<string, unknown>; now: Date },
): Promise<RegisterResult> {
  const contest = await db.contest.findFirst({
    where: { id: input.contestId, status: 'PUBLISHED' },
    select: { id: true, organisationId: true, eligibility: true, registrationFields: true },
  })
  if (!contest) return { ok: false, message: 'Cuộc thi không tồn tại hoặc chưa mở đăng ký' }
  const existing = await db.registration.findUnique({ where: { contestId_userId: { contestId: contest.id, userId: input.userId } }, select: { id: true } })
  if (existing) return { ok: true, registrationId: existing.id }
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { dateOfBirth: true } })
  if (!user) return { ok: false, message: 'Không tìm thấy tài khoản' }

  const values = validateFieldValues(readRegistrationFields(contest.registrationFields), input.fields)
  if (!values.ok) return { ok: false, fieldErrors: values.errors }

  const unit = input.unitId ? await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true } }) : null
  if (input.unitId && !unit) return { ok: false, fieldErrors: { unitId: 'Đơn vị không tồn tại, vui lòng chọn lại' } }
  if (!unit) return { ok: false, fieldErrors: { unitId: 'Hãy chọn đơn vị / phường, xã dự thi' } }

  const eligibility = readEligibility(contest.eligibility)
  const admitted = eligibility.unitIds.length > 0 ? admittedUnits(await db.unit.findMany({ where: { organisationId: contest.organisationId }, select: { id: true, parentId: true, name: true } }), eligibility.unitIds) : null
  const eligible = checkEligibility(eligibility, { dateOfBirth: user.dateOfBirth, unitId: unit.id }, admitted, input.now)
  if (!eligible.ok) return eligible.field === 'unitId' ? { ok: false, fieldErrors: { unitId: eligible.message } } : { ok: false, message: eligible.message }

  try {
    const reg = await db.registration.create({
      data: { contestId: contest.id, userId: input.userId, unitId: unit.id, customFields: values.values },
      select: { id: true },
    })
    return { ok: true, registrationId: reg.id }
  } catch (e) {
    // Two registrations racing: the other one won, which is the same outcome.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
      const reg = await db.registration.findUniqueOrThrow({ where: { contestId_userId: { contestId: contest.id, userId: input.userId } }, select: { id: true } })
      return { ok: true, registrationId: reg.id }
    }
    throw e
  }
}
