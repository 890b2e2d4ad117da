/**
 * Bulk issuing through the real job runner against a scratch PostgreSQL
 * database: a finalised round of N results (default 10,000), a template
 * with a logo and a signature whose rules select everyone, one
 * CertificateJob, and the runner that issues it in batches while a poller
 * reads CertificateJob.done once a second, as the organiser's progress bar
 * does. Then the organiser's ZIP of the whole round, paged out of the same
 * database and rendered at the reader's pace (skip with --no-zip).
 *
 * Prints certificates per second (wall and per CPU-second of this process)
 * and memory at the start, 10 %, 50 % and 100 % of each phase.
 *
 *   npx tsx bench/certificates-job.bench.ts [count] [--no-zip]
 *   node --expose-gc --import tsx bench/certificates-job.bench.ts [count]   (heap measured after GC)
 *
 * Needs PostgreSQL at TEST_DATABASE_ADMIN_URL (default postgres@127.0.0.1:5432);
 * the scratch database is dropped at the end.
 */
import { createWriteStream, statSync, unlinkSync } from 'node:fs'
import { loadavg } from 'node:os'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import pino from 'pino'
import { requestRoundIssue } from '~/models/certificates/issue.server'
import { renderZipFromDatabase } from '~/models/certificates/render.server'
import { createTemplate, setTemplateImage, updateTemplateRules } from '~/models/certificates/templates.server'
import { sampleLogoPng, sampleSignaturePng } from '~/utils/certificates/sample-images.server'
import { createDb } from '~/utils/db.server'
import { startCertificateJobRunner } from '../server/certificates/job-runner'
import { ADMIN_URL, recreateDatabase } from '../test/setup/test-database'

const count = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 10_000)
const withZip = !process.argv.includes('--no-zip')
if (!Number.isSafeInteger(count) || count < 10 || count > 200_000) {
  console.error('Usage: npx tsx bench/certificates-job.bench.ts [count 10..200000] [--no-zip]')
  process.exit(2)
}

const DB_NAME = 'tpl_bench_certificates_job'
const SECRET = 'bench-secret-bench-secret-bench-secret!'
const gc = (globalThis as { gc?: () => void }).gc
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

interface Sample {
  at: string
  rss: number
  heap: number
}
function sampler() {
  const samples: Sample[] = []
  let peak = 0
  return {
    samples,
    take(at: string) {
      gc?.()
      const m = process.memoryUsage()
      samples.push({ at, rss: m.rss, heap: m.heapUsed })
    },
    peek() {
      peak = Math.max(peak, process.memoryUsage().rss)
    },
    get peak() {
      return peak
    },
  }
}

async function seed(db: ReturnType<typeof createDb>, url: string) {
  const organisation = await db.organisation.create({ data: { name: 'Sở Tư pháp thành phố Hà Nội', slug: 'bench' } })
  const organiser = await db.user.create({
    data: { fullName: 'Ban Tổ Chức', fullNameKey: 'ban to chuc', email: 'bench@example.vn', passwordHash: 'x', roles: ['ORGANISER'], organisationId: organisation.id },
  })
  const contest = await db.contest.create({
    data: {
      organisationId: organisation.id,
      slug: 'bench',
      title: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật',
      status: 'PUBLISHED',
    },
  })
  const round = await db.round.create({
    data: {
      contestId: contest.id,
      position: 1,
      title: 'Vòng chung kết',
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() - 3_600_000),
      status: 'FINALISED',
      rules: {},
      finalisedAt: new Date(),
    },
  })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    // Vietnamese names and long unit names, built in SQL so seeding 10,000 takes a second.
    await client.query(
      `INSERT INTO "Unit" (id, "organisationId", name, "nameKey", kind, "updatedAt")
       SELECT 'unit-' || n, $1, (ARRAY['Sở Tư pháp thành phố Hà Nội', 'Trường THPT Chu Văn An, quận Ba Đình', 'Ủy ban nhân dân phường Hoàn Kiếm',
         'Phòng Phổ biến, giáo dục pháp luật thuộc Sở Tư pháp thành phố Hà Nội, Chi đoàn Thanh niên khối cơ quan'])[n], 'u' || n, 'UNIT', now()
       FROM generate_series(1, 4) n`,
      [organisation.id],
    )
    await client.query(
      `INSERT INTO "User" (id, "fullName", "fullNameKey", "passwordHash", "unitId", "updatedAt")
       SELECT 'user-' || n,
         (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ'])[1 + n % 12] || ' ' ||
         (ARRAY['Thị','Văn','Ngọc','Minh','Thanh','Quốc','Hữu','Thu','Đức','Bảo'])[1 + (n / 12) % 10] || ' ' ||
         (ARRAY['Ánh','Hưởng','Khuê','Nhung','Bảo','Dũng','Hằng','Tuấn','Phượng','Trí','Yến','Lộc'])[1 + (n * 7) % 12],
         'k' || n, 'x', 'unit-' || (1 + n % 4), now()
       FROM generate_series(1, $1::int) n`,
      [count],
    )
    await client.query(
      `INSERT INTO "Registration" (id, "contestId", "userId", "unitId") SELECT 'reg-' || n, $1, 'user-' || n, 'unit-' || (1 + n % 4) FROM generate_series(1, $2::int) n`,
      [contest.id, count],
    )
    await client.query(
      `INSERT INTO "Attempt" (id, "roundId", "userId", "registrationId", number, seed, status, "deadlineAt", "submittedAt", layout, score, "maxScore", "timeTakenMs")
       SELECT 'att-' || n, $1, 'user-' || n, 'reg-' || n, 1, 's', 'SUBMITTED', now(), now(), '[]', 20 - (n * 20 / $2::int), 20, 1000 + n
       FROM generate_series(1, $2::int) n`,
      [round.id, count],
    )
    await client.query(
      `INSERT INTO "RoundResult" (id, "roundId", "userId", "attemptId", rank, score, "timeTakenMs", "submittedAt", prize)
       SELECT 'rr-' || n, $1, 'user-' || n, 'att-' || n, n, 20 - (n * 20 / $2::int), 1000 + n, now(),
         CASE WHEN n = 1 THEN 'FIRST' WHEN n <= 3 THEN 'SECOND' WHEN n <= 6 THEN 'THIRD' WHEN n <= 20 THEN 'CONSOLATION' END::"Prize"
       FROM generate_series(1, $2::int) n`,
      [round.id, count],
    )
    await client.query('ANALYZE')
  } finally {
    await client.end()
  }
  const actor = { id: organiser.id, organisationId: organisation.id }
  const template = await createTemplate(db, actor, contest.id, { name: 'Giấy chứng nhận' })
  if (!template.ok) throw new Error(template.message)
  await setTemplateImage(db, actor, template.id, 'logo', sampleLogoPng())
  await setTemplateImage(db, actor, template.id, 'signature', sampleSignaturePng())
  // Everyone: prize winners and every score from 0 %.
  await updateTemplateRules(db, actor, template.id, { prizeWinners: true, minScorePercent: 0, livePodium: false })
  return { actor, templateId: template.id, roundId: round.id }
}

const url = await recreateDatabase(DB_NAME)
const db = createDb(url, 4)
try {
  const seedStart = performance.now()
  const { actor, templateId, roundId } = await seed(db, url)
  console.log(`seeded a finalised round of ${count} results in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`)

  // ── Phase 1: issuing through the job runner ──
  const memory = sampler()
  const queued = await requestRoundIssue(db, actor, templateId, roundId)
  if (!queued.ok) throw new Error(queued.message)
  const seenByPoller: number[] = []
  const poller = setInterval(() => {
    void db.certificateJob.findUnique({ where: { id: queued.jobId }, select: { done: true, total: true } }).then((job) => {
      if (job && seenByPoller.at(-1) !== job.done) {
        seenByPoller.push(job.done)
        process.stdout.write(`  progress bar: ${job.done}/${job.total}\n`)
      }
    })
  }, 1000)
  let batches = 0
  const marks = new Set([Math.ceil(count / 10), Math.ceil(count / 2)])
  memory.take('start')
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const runner = startCertificateJobRunner({
    db,
    logger: pino({ level: 'warn' }),
    pollIntervalMs: 60_000,
    onBatch: ({ processed }) => {
      batches++
      memory.peek()
      for (const mark of marks) {
        if (processed >= mark) {
          marks.delete(mark)
          memory.take(`${Math.round((mark / count) * 100)}% (${processed})`)
        }
      }
    },
  })
  await runner.drain()
  const seconds = (performance.now() - t0) / 1000
  const cpuUse = process.cpuUsage(cpu0)
  await runner.stop()
  clearInterval(poller)
  memory.take(`100% (${count})`)
  const job = await db.certificateJob.findUniqueOrThrow({ where: { id: queued.jobId } })
  const stored = await db.certificate.count({ where: { roundId } })
  if (job.status !== 'DONE' || job.done !== count || stored !== count) {
    throw new Error(`job ended ${job.status} with done=${job.done}, ${stored} certificates stored (expected ${count})`)
  }
  const cpuSeconds = (cpuUse.user + cpuUse.system) / 1e6
  console.log(`\nissuing ${count} certificates (rows with frozen data) through the job runner`)
  console.log(`  wall: ${seconds.toFixed(2)} s → ${(count / seconds).toFixed(0)} certificates/s`)
  console.log(`  cpu of this process: ${cpuSeconds.toFixed(2)} s → ${(count / cpuSeconds).toFixed(0)} per CPU-second (PostgreSQL's own CPU not included)`)
  console.log(`  ${batches} batches, each one transaction with its progress update; the poller saw ${seenByPoller.length} distinct values`)
  const heapLabel = gc ? 'heap after GC' : 'heap used'
  for (const s of memory.samples) console.log(`  rss ${s.at.padEnd(16)} ${mb(s.rss).padStart(9)}   ${heapLabel} ${mb(s.heap)}`)
  console.log(`  rss peak (sampled per batch): ${mb(memory.peak)}`)

  // ── Phase 2: the organiser's ZIP of the whole round ──
  if (withZip) {
    const zipMemory = sampler()
    const out = `/tmp/certificates-job-bench-${process.pid}.zip`
    zipMemory.take('start')
    const zipCpu0 = process.cpuUsage()
    const z0 = performance.now()
    await pipeline(
      renderZipFromDatabase(db, { templateId, roundId }, { publicUrl: 'https://thiphapluat.vn', secret: SECRET }, (done) => {
        if (done % 100 === 0) zipMemory.peek()
        if (done === Math.ceil(count / 10)) zipMemory.take(`10% (${done})`)
        if (done === Math.ceil(count / 2)) zipMemory.take(`50% (${done})`)
        if (done % 1000 === 0) process.stdout.write(`  zip: ${done}/${count}\n`)
      }),
      createWriteStream(out),
    )
    const zipSeconds = (performance.now() - z0) / 1000
    const zipCpu = process.cpuUsage(zipCpu0)
    zipMemory.take(`100% (${count})`)
    const size = statSync(out).size
    unlinkSync(out)
    const zipCpuSeconds = (zipCpu.user + zipCpu.system) / 1e6
    console.log(`\nZIP of the round from the database: ${count} PDFs, ${mb(size)} (${(size / count / 1024).toFixed(1)} KB each)`)
    console.log(`  wall: ${zipSeconds.toFixed(1)} s → ${(count / zipSeconds).toFixed(1)} certificates/s`)
    console.log(`  cpu: ${zipCpuSeconds.toFixed(1)} s → ${(count / zipCpuSeconds).toFixed(1)} certificates per CPU-second (one core)`)
    for (const s of zipMemory.samples) console.log(`  rss ${s.at.padEnd(16)} ${mb(s.rss).padStart(9)}   ${heapLabel} ${mb(s.heap)}`)
    console.log(`  rss peak (sampled every 100): ${mb(zipMemory.peak)}`)
  }
  console.log(`\nload average (1 min) at the end: ${loadavg()[0].toFixed(2)}`)
} finally {
  await db.$disconnect()
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`)
  await admin.end()
}
