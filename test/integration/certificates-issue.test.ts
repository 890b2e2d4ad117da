import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { revokeCertificate, findOwnCertificate, listOwnCertificates } from '../../app/models/certificates/certificates.server'
import { issueLivePodium, issueRoundCertificates, loadRoundIssueContext, requestContestIssue, requestRoundIssue, roundRecipientPages } from '../../app/models/certificates/issue.server'
import { claimNextJob, reportJobProgress } from '../../app/models/certificates/jobs.server'
import { createTemplate, setTemplateImage, updateTemplateContent, updateTemplateRules } from '../../app/models/certificates/templates.server'
import { DEFAULT_CERTIFICATE_TEMPLATE } from '../../app/core/certificates/template'
import { readStoredCertificateData } from '../../app/core/certificates/stored-data'
import { sampleLogoPng } from '../../app/utils/certificates/sample-images.server'
import { startCertificateJobRunner } from '../../server/certificates/job-runner'
import { addResults, createEndedLiveSession, createOrganisationWorld, createRound } from '../factories/certificate-fixtures'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

const logger = pino({ level: 'silent' })
let t: TestDatabase
let world: Awaited<ReturnType<typeof createOrganisationWorld>>
let finalRound: { id: string; contestId: string }
let templateId: string

const PARTICIPANTS = [
  { fullName: 'Nguyễn Thị Ngọc Ánh', score: 10, prize: 'FIRST' as const },
  { fullName: 'Đặng Văn Hưởng', score: 9, prize: 'SECOND' as const },
  { fullName: 'Trần Minh Khuê', score: 9, prize: 'THIRD' as const },
  { fullName: 'Lê Thị Hồng Nhung', score: 8, prize: 'CONSOLATION' as const },
  // Counted 7, but an earlier attempt scored 9: the best score decides the threshold.
  { fullName: 'Phạm Quốc Bảo', score: 7, otherScores: [9] },
  { fullName: 'Vũ Thị Yến', score: 8 },
  { fullName: 'Hoàng Đức Trí', score: 6 },
  { fullName: 'Bùi Thanh Hằng', score: 3 },
]

async function drain(options: Partial<Parameters<typeof startCertificateJobRunner>[0]> = {}) {
  const runner = startCertificateJobRunner({ db: t.db, logger, pollIntervalMs: 60_000, ...options })
  await runner.drain()
  await runner.stop()
  return runner
}

beforeAll(async () => {
  t = await createTestDatabase()
  world = await createOrganisationWorld(t.db)
  finalRound = await createRound(t.db, world.contest.id, { title: 'Vòng chung kết', position: 1, status: 'FINALISED' })
  await addResults(t.db, finalRound, PARTICIPANTS.map((p) => ({ ...p, unitId: world.unit.id })))
  const created = await createTemplate(t.db, world.actor, world.contest.id, { name: 'Giấy chứng nhận đạt giải' })
  if (!created.ok) throw new Error(created.message)
  templateId = created.id
})
afterAll(() => t.drop())

describe('issuing for a round', () => {
  it('refuses a round that is still open or in draft, with the reason, and queues nothing', async () => {
    for (const [position, status] of [
      [2, 'PUBLISHED'],
      [3, 'DRAFT'],
    ] as const) {
      const round = await createRound(t.db, world.contest.id, { title: `Vòng ${position}`, position, status })
      const result = await requestRoundIssue(t.db, world.actor, templateId, round.id)
      expect(result).toMatchObject({ ok: false })
      expect(!result.ok && result.message).toMatch(new RegExp(`Vòng thi “Vòng ${position}” chưa chốt kết quả`))
    }
    expect(await t.db.certificateJob.count()).toBe(0)
  })

  it('refuses a template or round of another organisation', async () => {
    const other = await createOrganisationWorld(t.db, 'Ủy ban nhân dân phường Khác')
    expect(await requestRoundIssue(t.db, other.actor, templateId, finalRound.id)).toEqual({ ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' })
    const otherRound = await createRound(t.db, other.contest.id, { title: 'Vòng khác', position: 1, status: 'FINALISED' })
    expect(await requestRoundIssue(t.db, world.actor, templateId, otherRound.id)).toMatchObject({ ok: false })
  })

  it('issues prize winners in the background, frozen data in NFC, and reports progress', async () => {
    const depths: number[] = []
    const queued = await requestRoundIssue(t.db, world.actor, templateId, finalRound.id)
    expect(queued).toMatchObject({ ok: true, alreadyQueued: false })
    // A second click while it waits returns the same job.
    const again = await requestRoundIssue(t.db, world.actor, templateId, finalRound.id)
    expect(again).toMatchObject({ ok: true, alreadyQueued: true, jobId: queued.ok ? queued.jobId : '' })
    const batches: number[] = []
    await drain({ batchSize: 2, onQueueDepth: (d) => depths.push(d), onBatch: (b) => batches.push(b.processed) })
    const job = await t.db.certificateJob.findUniqueOrThrow({ where: { id: queued.ok ? queued.jobId : '' } })
    expect(job).toMatchObject({ status: 'DONE', total: 4, done: 4, created: 4, workerId: null })
    expect(batches).toEqual([2, 4])
    expect(depths[0]).toBe(1)
    expect(depths.at(-1)).toBe(0)
    const certificates = await t.db.certificate.findMany({ where: { roundId: finalRound.id }, orderBy: { holderName: 'asc' } })
    expect(certificates.map((c) => c.holderName).sort()).toEqual(PARTICIPANTS.slice(0, 4).map((p) => p.fullName).sort())
    const anh = certificates.find((c) => c.holderName === 'Nguyễn Thị Ngọc Ánh')!
    expect(anh.serial).toMatch(/^TPL-[A-Z2-7]{16}$/)
    expect(readStoredCertificateData(anh.data)).toMatchObject({
      holderName: 'Nguyễn Thị Ngọc Ánh',
      unitName: 'Trường THPT Chu Văn An',
      contestTitle: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW',
      roundTitle: 'Vòng chung kết',
      score: 10,
      maxScore: 10,
      rank: 1,
      prizeLabel: 'Giải Nhất',
      reason: 'prize',
    })
    for (const c of certificates) expect(c.holderName).toBe(c.holderName.normalize('NFC'))
  })

  it('is idempotent: running again creates nothing and changes nothing, revoked stays revoked', async () => {
    const before = await t.db.certificate.findMany({ where: { roundId: finalRound.id }, orderBy: { id: 'asc' } })
    const revoked = before[0]
    expect(await revokeCertificate(t.db, world.actor, revoked.id, 'Cấp nhầm người')).toEqual({ ok: true })
    const queued = await requestRoundIssue(t.db, world.actor, templateId, finalRound.id)
    expect(queued).toMatchObject({ ok: true, alreadyQueued: false })
    await drain()
    const job = await t.db.certificateJob.findUniqueOrThrow({ where: { id: queued.ok ? queued.jobId : '' } })
    expect(job).toMatchObject({ status: 'DONE', total: 4, done: 4, created: 0 })
    const after = await t.db.certificate.findMany({ where: { roundId: finalRound.id }, orderBy: { id: 'asc' } })
    const { revokedAt: _a, revokedReason: _b, ...firstBefore } = before[0]
    expect(after.map((c) => ({ ...c, revokedAt: null, revokedReason: null }))).toEqual(before.map((c) => ({ ...c, revokedAt: null, revokedReason: null })))
    expect(after[0]).toMatchObject({ ...firstBefore, revokedReason: 'Cấp nhầm người' })
    expect(after[0].revokedAt).toBeInstanceOf(Date)
    // Even issuing the same recipients directly inserts nothing.
    const { context, rules } = await loadRoundIssueContext(t.db, templateId, finalRound.id)
    for await (const page of roundRecipientPages(t.db, finalRound.id, rules, 100)) {
      expect(await issueRoundCertificates(t.db, context, page)).toBe(0)
    }
    expect(await t.db.certificate.count({ where: { roundId: finalRound.id } })).toBe(4)
  })

  it('threshold rules add everyone whose best score reaches it, and only them', async () => {
    expect(await updateTemplateRules(t.db, world.actor, templateId, { prizeWinners: true, minScorePercent: 80, livePodium: false })).toEqual({ ok: true })
    await requestRoundIssue(t.db, world.actor, templateId, finalRound.id)
    await drain()
    const certificates = await t.db.certificate.findMany({ where: { roundId: finalRound.id } })
    const names = certificates.map((c) => c.holderName).sort()
    expect(names).toEqual([...PARTICIPANTS.slice(0, 6).map((p) => p.fullName)].sort())
    const bao = certificates.find((c) => c.holderName === 'Phạm Quốc Bảo')!
    expect(readStoredCertificateData(bao.data)).toMatchObject({ score: 9, maxScore: 10, rank: 5, reason: 'threshold' })
    expect(readStoredCertificateData(bao.data).prizeLabel).toBeUndefined()
    const latest = await t.db.certificateJob.findFirstOrThrow({ orderBy: { createdAt: 'desc' } })
    expect(latest).toMatchObject({ total: 6, done: 6, created: 2 })
  })

  it('threshold-only rules leave prize winners below the threshold out', async () => {
    const round = await createRound(t.db, world.contest.id, { title: 'Vòng bảng', position: 10, status: 'FINALISED' })
    await addResults(t.db, round, [
      { fullName: 'Người Điểm Cao', score: 9 },
      { fullName: 'Người Đạt Giải Thấp', score: 5, prize: 'CONSOLATION' },
      { fullName: 'Người Điểm Thấp', score: 4 },
    ])
    const template = await createTemplate(t.db, world.actor, world.contest.id, { name: 'Đạt ngưỡng' })
    if (!template.ok) throw new Error(template.message)
    await updateTemplateRules(t.db, world.actor, template.id, { prizeWinners: false, minScorePercent: 90, livePodium: false })
    await requestRoundIssue(t.db, world.actor, template.id, round.id)
    await drain()
    expect((await t.db.certificate.findMany({ where: { templateId: template.id } })).map((c) => c.holderName)).toEqual(['Người Điểm Cao'])
  })

  it('issues for every finalised round of the contest and names the rounds it skipped', async () => {
    const template = await createTemplate(t.db, world.actor, world.contest.id, { name: 'Toàn cuộc thi' })
    if (!template.ok) throw new Error(template.message)
    const result = await requestContestIssue(t.db, world.actor, template.id)
    expect(result).toEqual({ ok: true, queued: ['Vòng chung kết', 'Vòng bảng'], skipped: ['Vòng 2', 'Vòng 3'] })
    await drain()
    expect(await t.db.certificate.count({ where: { templateId: template.id } })).toBe(4 + 1)
  })
})

describe('job progress and resuming', () => {
  let round: { id: string; contestId: string }
  let template: string

  beforeAll(async () => {
    round = await createRound(t.db, world.contest.id, { title: 'Vòng sơ khảo', position: 20, status: 'FINALISED' })
    await addResults(t.db, round, Array.from({ length: 9 }, (_, i) => ({ fullName: `Thí Sinh Số ${i + 1}`, score: 10 - (i % 3) })))
    const created = await createTemplate(t.db, world.actor, world.contest.id, { name: 'Tiếp tục sau sự cố' })
    if (!created.ok) throw new Error(created.message)
    template = created.id
    await updateTemplateRules(t.db, world.actor, template, { prizeWinners: false, minScorePercent: 0, livePodium: false })
  })

  it('takes over a job whose process died half-way, only after the lease, and finishes it without duplicates', async () => {
    const queued = await requestRoundIssue(t.db, world.actor, template, round.id)
    if (!queued.ok) throw new Error(queued.message)
    // A process claims the job, commits one batch of 4 and dies.
    const dead = await claimNextJob(t.db, 'dead-worker', 30_000)
    expect(dead?.id).toBe(queued.jobId)
    const { context, rules } = await loadRoundIssueContext(t.db, template, round.id)
    const pages = roundRecipientPages(t.db, round.id, rules, 4)
    const first = (await pages.next()).value!
    await t.db.$transaction(async (tx) => {
      const created = await issueRoundCertificates(tx, context, first)
      await reportJobProgress(tx, queued.jobId, 'dead-worker', { processed: 4, created, total: 9 })
    })
    // Within the lease nobody else takes it.
    expect(await claimNextJob(t.db, 'someone-else', 30_000)).toBeNull()
    // The heartbeat goes stale.
    await t.db.certificateJob.update({ where: { id: queued.jobId }, data: { heartbeatAt: new Date(Date.now() - 60_000) } })
    const seen: number[] = []
    await drain({ batchSize: 4, leaseMs: 30_000, onBatch: (b) => seen.push(b.processed) })
    const job = await t.db.certificateJob.findUniqueOrThrow({ where: { id: queued.jobId } })
    expect(job).toMatchObject({ status: 'DONE', total: 9, done: 9, created: 9 })
    expect(seen).toEqual([4, 8, 9])
    expect(await t.db.certificate.count({ where: { templateId: template } })).toBe(9)
    // The dead worker cannot report any more.
    await expect(reportJobProgress(t.db, queued.jobId, 'dead-worker', { processed: 9 })).rejects.toThrow(/no longer owned/)
  })

  it('on a clean stop puts the job back in the queue, and the next runner resumes it; done never goes backwards', async () => {
    const round2 = await createRound(t.db, world.contest.id, { title: 'Vòng phụ', position: 21, status: 'FINALISED' })
    await addResults(t.db, round2, Array.from({ length: 6 }, (_, i) => ({ fullName: `Người Chơi ${i + 1}`, score: 8 })))
    const queued = await requestRoundIssue(t.db, world.actor, template, round2.id)
    if (!queued.ok) throw new Error(queued.message)
    const runner = startCertificateJobRunner({
      db: t.db,
      logger,
      pollIntervalMs: 60_000,
      batchSize: 2,
      onBatch: () => void runner.stop(),
    })
    await runner.drain()
    await runner.stop()
    const paused = await t.db.certificateJob.findUniqueOrThrow({ where: { id: queued.jobId } })
    expect(paused).toMatchObject({ status: 'QUEUED', done: 2, total: 6, workerId: null })
    const dones: number[] = []
    const resumed = startCertificateJobRunner({
      db: t.db,
      logger,
      pollIntervalMs: 60_000,
      batchSize: 2,
      onBatch: () => {
        void t.db.certificateJob.findUniqueOrThrow({ where: { id: queued.jobId } }).then((j) => dones.push(j.done))
      },
    })
    await resumed.drain()
    await resumed.stop()
    const job = await t.db.certificateJob.findUniqueOrThrow({ where: { id: queued.jobId } })
    expect(job).toMatchObject({ status: 'DONE', done: 6, created: 6 })
    expect(dones.every((d) => d >= 2)).toBe(true)
    expect(await t.db.certificate.count({ where: { roundId: round2.id } })).toBe(6)
  })

  it('fails a job whose round was reopened, with the reason', async () => {
    const round3 = await createRound(t.db, world.contest.id, { title: 'Vòng mở lại', position: 22, status: 'FINALISED' })
    const queued = await requestRoundIssue(t.db, world.actor, template, round3.id)
    if (!queued.ok) throw new Error(queued.message)
    await t.db.round.update({ where: { id: round3.id }, data: { status: 'PUBLISHED' } })
    await drain()
    const job = await t.db.certificateJob.findUniqueOrThrow({ where: { id: queued.jobId } })
    expect(job.status).toBe('FAILED')
    expect(job.error).toMatch(/chưa chốt kết quả/)
  })
})

describe('live podium', () => {
  it('refuses when the rules do not include it or the event has not ended; issues ranks 1–3 once', async () => {
    const winner = await t.db.user.create({ data: { fullName: 'Ngô Bảo Châu', fullNameKey: 'ngo bao chau', passwordHash: 'x' } })
    const players = [
      { nickname: 'Châu', rank: 1, score: 5000, userId: winner.id },
      { nickname: 'Bé Na', rank: 2, score: 4200 },
      { nickname: 'Tí', rank: 3, score: 3900, kicked: true },
      { nickname: 'Tèo', rank: 3, score: 3900 },
      { nickname: 'Sửu', rank: 4, score: 100 },
    ]
    const running = await createEndedLiveSession(t.db, world, players, 'RUNNING')
    const ended = await createEndedLiveSession(t.db, world, players)
    const created = await createTemplate(t.db, world.actor, world.contest.id, { name: 'Trực tiếp' })
    if (!created.ok) throw new Error(created.message)
    expect(await issueLivePodium(t.db, world.actor, created.id, ended.id)).toMatchObject({ ok: false, message: expect.stringMatching(/chưa bật/) })
    await updateTemplateRules(t.db, world.actor, created.id, { prizeWinners: false, minScorePercent: null, livePodium: true })
    expect(await issueLivePodium(t.db, world.actor, created.id, running.id)).toMatchObject({ ok: false, message: expect.stringMatching(/chưa kết thúc/) })
    const other = await createOrganisationWorld(t.db, 'Đơn vị khác')
    expect(await issueLivePodium(t.db, other.actor, created.id, ended.id)).toMatchObject({ ok: false })
    expect(await issueLivePodium(t.db, world.actor, created.id, ended.id)).toEqual({ ok: true, created: 3, total: 3 })
    expect(await issueLivePodium(t.db, world.actor, created.id, ended.id)).toEqual({ ok: true, created: 0, total: 3 })
    const certificates = await t.db.certificate.findMany({ where: { liveSessionId: ended.id } })
    expect(certificates.map((c) => c.holderName).sort()).toEqual(['Bé Na', 'Ngô Bảo Châu', 'Tèo'])
    expect(readStoredCertificateData(certificates.find((c) => c.userId === winner.id)!.data)).toMatchObject({ rank: 1, prizeLabel: 'Giải Nhất', reason: 'podium', roundTitle: 'Rung chuông vàng pháp luật' })
    // A round job refuses a live-only template.
    expect(await requestRoundIssue(t.db, world.actor, created.id, finalRound.id)).toMatchObject({ ok: false, message: expect.stringMatching(/không cấp cho người dự thi theo vòng/) })
  })
})

describe('templates, revoking and ownership', () => {
  it('locks the wording and images of a template that has issued certificates', async () => {
    const content = { ...DEFAULT_CERTIFICATE_TEMPLATE, title: 'GIẤY KHEN' }
    const result = await updateTemplateContent(t.db, world.actor, templateId, { name: 'Mới', content })
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/không sửa nội dung/) })
    expect(await setTemplateImage(t.db, world.actor, templateId, 'logo', sampleLogoPng(64))).toMatchObject({ ok: false })
  })

  it('checks uploaded images by content: a huge file and a non-image are refused in Vietnamese', async () => {
    const fresh = await createTemplate(t.db, world.actor, world.contest.id, { name: 'Ảnh' })
    if (!fresh.ok) throw new Error(fresh.message)
    const huge = new Uint8Array(3 * 1024 * 1024)
    huge.set(sampleLogoPng(32))
    expect(await setTemplateImage(t.db, world.actor, fresh.id, 'logo', huge)).toEqual({ ok: false, field: 'logo', message: 'Logo: Ảnh quá lớn (3,0 MB). Dung lượng tối đa là 1 MB.' })
    expect(await setTemplateImage(t.db, world.actor, fresh.id, 'signature', new TextEncoder().encode('%PDF-1.7 not an image'))).toEqual({
      ok: false,
      field: 'signature',
      message: 'Ảnh chữ ký: Chỉ chấp nhận ảnh PNG hoặc JPEG.',
    })
    expect(await setTemplateImage(t.db, world.actor, fresh.id, 'logo', sampleLogoPng(64))).toEqual({ ok: true })
    const other = await createOrganisationWorld(t.db, 'Đơn vị lạ')
    expect(await setTemplateImage(t.db, other.actor, fresh.id, 'logo', null)).toMatchObject({ ok: false })
    expect((await t.db.certificateTemplate.findUniqueOrThrow({ where: { id: fresh.id } })).logo).not.toBeNull()
  })

  it('revoking needs a reason, is scoped to the organisation and happens once', async () => {
    const target = await t.db.certificate.findFirstOrThrow({ where: { revokedAt: null, roundId: finalRound.id } })
    expect(await revokeCertificate(t.db, world.actor, target.id, '   ')).toMatchObject({ ok: false, field: 'reason' })
    const other = await createOrganisationWorld(t.db, 'Đơn vị ngoài')
    expect(await revokeCertificate(t.db, other.actor, target.id, 'Không có quyền')).toEqual({ ok: false, message: 'Không tìm thấy giấy chứng nhận.' })
    expect(await revokeCertificate(t.db, world.actor, target.id, 'Gian lận khi làm bài'.normalize('NFD'))).toEqual({ ok: true })
    expect(await revokeCertificate(t.db, world.actor, target.id, 'Lần nữa')).toEqual({ ok: false, message: 'Giấy chứng nhận này đã bị thu hồi trước đó.' })
    const row = await t.db.certificate.findUniqueOrThrow({ where: { id: target.id } })
    expect(row.revokedReason).toBe('Gian lận khi làm bài')
    expect(await t.db.auditLog.count({ where: { action: 'certificate.revoke', entityId: target.id } })).toBe(1)
  })

  it('a participant finds only their own certificates', async () => {
    const [mine, theirs] = await t.db.certificate.findMany({ where: { roundId: finalRound.id, userId: { not: null } }, take: 2 })
    expect(await findOwnCertificate(t.db, mine.userId!, mine.id)).toMatchObject({ id: mine.id })
    expect(await findOwnCertificate(t.db, mine.userId!, theirs.id)).toBeNull()
    const list = await listOwnCertificates(t.db, mine.userId!)
    // Theirs from the round, and also from the whole-contest template issued above.
    const expected = await t.db.certificate.findMany({ where: { userId: mine.userId }, select: { id: true } })
    expect(list.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort())
    expect(list.map((c) => c.id)).toContain(mine.id)
    expect(list.map((c) => c.id)).not.toContain(theirs.id)
    expect(list.find((c) => c.id === mine.id)).toMatchObject({ contestTitle: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW', roundTitle: 'Vòng chung kết' })
  })
})
