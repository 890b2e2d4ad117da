/**
 * Adds a contest whose first round is already finalised (and a live event
 * that has ended) to the demo organisation, so certificates can be tried
 * without running a contest first. Idempotent: a second run changes nothing.
 *
 *   DATABASE_URL=postgresql://… npx tsx scripts/demo-certificates.ts [participants]
 *
 * Run it after the server has seeded the demo data once. The demo
 * participant (0912345678) comes first with Giải Nhất, so /account/certificates
 * shows a certificate once it is issued.
 */
import { randomBytes } from 'node:crypto'
import { RECOMMENDED_ROUND_RULES, roundRulesSchema } from '../app/core/contest/round-rules'
import { foldDiacritics } from '../app/core/text/normalize'
import type { Prize } from '../app/generated/prisma/client'
import { createDb } from '../app/utils/db.server'
import { hashPassword } from '../app/utils/password.server'
import { DEMO } from '../prisma/seed-demo'

const CONTEST_SLUG = 'demo-giay-chung-nhan'
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ']
const MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Thu', 'Đức', 'Bảo']
const GIVEN = ['Ánh', 'Hưởng', 'Khuê', 'Nhung', 'Bảo', 'Dũng', 'Hằng', 'Tuấn', 'Phượng', 'Trí', 'Yến', 'Lộc']
const PRIZES: (Prize | null)[] = ['FIRST', 'SECOND', 'THIRD', 'CONSOLATION', 'CONSOLATION']

const url = process.env.DATABASE_URL
if (!url) {
  process.stderr.write('Set DATABASE_URL to the database the server uses.\n')
  process.exit(2)
}
const count = Math.min(5000, Math.max(5, Number(process.argv[2] ?? 30) || 30))
const db = createDb(url, 2)

try {
  const organisation = await db.organisation.findUnique({ where: { slug: DEMO.organisation.slug } })
  if (!organisation) throw new Error('No demo organisation: start the server with SEED_DEMO=true once first.')
  if (await db.contest.findUnique({ where: { slug: CONTEST_SLUG } })) {
    process.stdout.write('The certificate demo contest already exists; nothing to do.\n')
    process.exit(0)
  }
  const organiser = await db.user.findUniqueOrThrow({ where: { email: DEMO.organiser.email } })
  const demoParticipant = await db.user.findUnique({ where: { phone: DEMO.participant.phone } })
  const units = await db.unit.findMany({ where: { organisationId: organisation.id, kind: { in: ['UNIT', 'WARD'] } }, select: { id: true } })
  const passwordHash = await hashPassword(randomBytes(18).toString('base64url'))
  const now = Date.now()
  const bank = await db.questionBank.findFirstOrThrow({ where: { organisationId: organisation.id }, orderBy: { createdAt: 'asc' } })
  // Valid round rules, as the contest pages read them: the recommended defaults drawing from the demo bank.
  const rules = roundRulesSchema.parse({ ...RECOMMENDED_ROUND_RULES, draw: { bankIds: [bank.id], quotas: [{ count: 10 }] } })

  const contest = await db.contest.create({
    data: {
      organisationId: organisation.id,
      slug: CONTEST_SLUG,
      title: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật (demo giấy chứng nhận)',
      status: 'PUBLISHED',
      createdById: organiser.id,
    },
  })
  const closed = await db.round.create({
    data: {
      contestId: contest.id,
      position: 1,
      title: 'Vòng 1: Tuần thứ nhất',
      opensAt: new Date(now - 8 * 86_400_000),
      closesAt: new Date(now - 86_400_000),
      status: 'FINALISED',
      rules,
      finalisedAt: new Date(now - 86_000_000),
    },
  })
  await db.round.create({
    data: { contestId: contest.id, position: 2, title: 'Vòng 2: Tuần thứ hai', opensAt: new Date(now - 86_400_000), closesAt: new Date(now + 6 * 86_400_000), status: 'PUBLISHED', rules },
  })

  for (let i = 0; i < count; i++) {
    const fullName = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`
    const unitId = units.length ? units[i % units.length].id : null
    const user =
      i === 0 && demoParticipant
        ? demoParticipant
        : await db.user.create({ data: { fullName, fullNameKey: foldDiacritics(fullName), passwordHash, unitId, phone: `08${String(70_000_000 + i).padStart(8, '0')}` } })
    const registration = await db.registration.create({ data: { contestId: contest.id, userId: user.id, unitId: user.unitId ?? unitId } })
    const score = Math.max(0, 20 - Math.floor(i / 3))
    const attempt = await db.attempt.create({
      data: {
        roundId: closed.id,
        userId: user.id,
        registrationId: registration.id,
        number: 1,
        seed: randomBytes(8).toString('hex'),
        status: 'SUBMITTED',
        startedAt: new Date(now - 2 * 86_400_000),
        deadlineAt: new Date(now - 2 * 86_400_000 + 1_200_000),
        submittedAt: new Date(now - 2 * 86_400_000 + 600_000 + i * 1000),
        layout: [],
        score,
        maxScore: 20,
        timeTakenMs: 600_000 + i * 1000,
      },
    })
    await db.roundResult.create({
      data: { roundId: closed.id, userId: user.id, attemptId: attempt.id, rank: i + 1, score, timeTakenMs: attempt.timeTakenMs ?? 0, submittedAt: attempt.submittedAt ?? new Date(), prize: PRIZES[i] ?? null },
    })
  }

  const live = await db.liveSession.create({
    data: {
      organisationId: organisation.id,
      hostId: organiser.id,
      title: 'Rung chuông vàng: Pháp luật trong tầm tay (demo)',
      pin: '246810',
      status: 'ENDED',
      settings: {},
      startedAt: new Date(now - 3_600_000),
      endedAt: new Date(now - 1_800_000),
    },
  })
  for (const [i, nickname] of ['Hải Đăng', 'Thu Trang', 'Minh Quân', 'Bảo Ngọc'].entries()) {
    await db.livePlayer.create({
      data: { id: `demo-${live.id}-${i}`, sessionId: live.id, nickname, score: 5000 - i * 700, rank: i + 1, correctCount: 10 - i, joinedAt: new Date(now - 3_600_000) },
    })
  }
  process.stdout.write(`Created “${contest.title}” with a finalised round of ${count} participants, an open round and an ended live event.\n`)
} finally {
  await db.$disconnect()
}
