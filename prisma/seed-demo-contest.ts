import { questionsPerAttempt, roundRulesSchema } from '../app/core/contest/round-rules'
import type { Prisma } from '../app/generated/prisma/client'
import { checkRoundBank } from '../app/models/contests/round.server'

/**
 * The demo contest: "Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW", two weekly
 * rounds drawing from the seed bank, the first open from the moment of
 * seeding and the second following it, both published (rules locked,
 * versions pinned) so the first command of the README shows a working
 * contest. The demo participant is registered already.
 */

export const DEMO_CONTEST = {
  slug: 'tim-hieu-nghi-quyet-66',
  title: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW',
  description:
    'Cuộc thi trực tuyến tìm hiểu Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới. Mỗi tuần một vòng thi, thi ngay trên điện thoại.',
  rulesText: [
    '1. Đối tượng: công dân từ đủ 14 tuổi trở lên đang sinh sống, học tập và làm việc trên địa bàn Thành phố Hà Nội (trừ thành viên Ban Tổ chức).',
    '2. Mỗi người đăng ký một tài khoản bằng số điện thoại của mình; thông tin phải chính xác để Ban Tổ chức xét trao giải.',
    '3. Mỗi tuần thi gồm 10 câu hỏi trắc nghiệm và 01 câu hỏi dự đoán; thời gian làm bài 15 phút; mỗi người được thi tối đa 3 lượt, lượt có kết quả tốt nhất được tính.',
    '4. Xếp hạng theo điểm, rồi dự đoán gần đúng nhất số người trả lời đúng tất cả các câu, rồi thời gian làm bài ngắn hơn, rồi thời điểm nộp bài sớm hơn.',
    '5. Ban Tổ chức không chịu trách nhiệm đối với lỗi kết nối do đường truyền hoặc thiết bị của thí sinh.',
  ].join('\n'),
}

const WEEK_MS = 7 * 24 * 3600_000

export async function seedDemoContest(
  tx: Prisma.TransactionClient,
  input: { organisationId: string; organiserId: string; bankId: string; participantId: string | null; now: Date },
): Promise<boolean> {
  if (await tx.contest.findUnique({ where: { slug: DEMO_CONTEST.slug }, select: { id: true } })) return false
  const prediction = await tx.question.findFirst({
    where: { bankId: input.bankId, type: 'PREDICTION', seedId: { endsWith: ':nq66-prediction-001' } },
    select: { id: true, currentVersionId: true },
  })
  const rules = roundRulesSchema.parse({
    timeLimitSeconds: 15 * 60,
    graceSeconds: 5,
    attemptsAllowed: 3,
    countingAttempt: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    draw: { bankIds: [input.bankId], quotas: [{ difficulty: 'easy', count: 4 }, { difficulty: 'medium', count: 4 }, { difficulty: 'hard', count: 2 }] },
    predictionQuestionId: prediction?.id,
    revealAnswers: 'after_close',
    prizes: { first: 1, second: 2, third: 3, consolation: 10 },
    certificate: { prizeWinners: true },
  })
  const check = await checkRoundBank(tx, input.organisationId, rules.draw)
  if (check.shortages.length > 0) throw new Error(`Ngân hàng câu hỏi mẫu không đủ câu: ${check.shortages.map((s) => s.message).join(' ')}`)

  const contest = await tx.contest.create({
    data: {
      organisationId: input.organisationId,
      slug: DEMO_CONTEST.slug,
      title: DEMO_CONTEST.title,
      description: DEMO_CONTEST.description,
      rulesText: DEMO_CONTEST.rulesText,
      status: 'PUBLISHED',
      eligibility: { minAge: 14, unitIds: [] },
      registrationFields: [],
      createdById: input.organiserId,
    },
  })
  // Week 1 opened an hour ago; week 2 starts when week 1 closes.
  const opens1 = new Date(Math.floor((input.now.getTime() - 3600_000) / 60_000) * 60_000)
  const closes1 = new Date(opens1.getTime() + WEEK_MS)
  const weeks = [
    { position: 1, title: 'Tuần 1', opensAt: opens1, closesAt: closes1 },
    { position: 2, title: 'Tuần 2', opensAt: closes1, closesAt: new Date(closes1.getTime() + WEEK_MS) },
  ]
  for (const w of weeks) {
    const round = await tx.round.create({
      data: {
        contestId: contest.id,
        ...w,
        rules: rules as unknown as Prisma.InputJsonValue,
        status: 'PUBLISHED',
        publishedAt: input.now,
        pinnedVersionIds: check.versionIds,
        predictionVersionId: prediction?.currentVersionId ?? null,
      },
    })
    await tx.auditLog.create({
      data: {
        organisationId: input.organisationId,
        actorId: input.organiserId,
        action: 'round.publish',
        entityType: 'Round',
        entityId: round.id,
        data: { contestId: contest.id, pinned: check.versionIds.length, questionsPerAttempt: questionsPerAttempt(rules.draw), seeded: true },
      },
    })
  }
  await tx.auditLog.create({
    data: { organisationId: input.organisationId, actorId: input.organiserId, action: 'contest.create', entityType: 'Contest', entityId: contest.id, data: { title: contest.title, seeded: true } },
  })
  if (input.participantId) {
    const participant = await tx.user.findUnique({ where: { id: input.participantId }, select: { unitId: true } })
    await tx.registration.create({ data: { contestId: contest.id, userId: input.participantId, unitId: participant?.unitId ?? null } })
  }
  return true
}
