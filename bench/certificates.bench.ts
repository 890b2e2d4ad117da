/**
 * Bulk certificate rendering: N certificates (default 2,000) with a logo and
 * a signature, streamed into a ZIP written to /tmp. Prints certificates per
 * second (wall and per CPU-second, i.e. per core) and RSS at the start and
 * at 10%, 50% and 100%, which should stay flat however large N is.
 *
 *   npx tsx bench/certificates.bench.ts [count] [--keep]   (--keep leaves the ZIP in /tmp)
 *   node --expose-gc --import tsx bench/certificates.bench.ts [count]   (heap measured after GC)
 */
import { createWriteStream, statSync, unlinkSync } from 'node:fs'
import { loadavg } from 'node:os'
import { pipeline } from 'node:stream/promises'
import { DEFAULT_CERTIFICATE_TEMPLATE } from '~/core/certificates/template'
import { type CertificateZipItem, renderCertificatesZip } from '~/utils/certificates/certificates-zip.server'
import { sampleLogoPng, sampleSignaturePng } from '~/utils/certificates/sample-images.server'
import { issueVerificationCode } from '~/utils/certificates/verification-code.server'

const count = Number(process.argv[2] ?? 2000)
if (!Number.isSafeInteger(count) || count < 1 || count > 100_000) {
  console.error('Usage: npx tsx bench/certificates.bench.ts [count 1..100000]')
  process.exit(2)
}

const SECRET = 'bench-secret-bench-secret-bench-secret!'
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ']
const MIDDLE = ['Thị', 'Văn', 'Ngọc', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Thu', 'Đức', 'Bảo']
const GIVEN = ['Ánh', 'Hưởng', 'Khuê', 'Nhung', 'Bảo', 'Dũng', 'Hằng', 'Tuấn', 'Phượng', 'Trí', 'Yến', 'Lộc']
const UNITS = [
  'Sở Tư pháp thành phố Hà Nội',
  'Trường THPT Chu Văn An, quận Ba Đình',
  'Ủy ban nhân dân phường Hoàn Kiếm',
  'Phòng Phổ biến, giáo dục pháp luật thuộc Sở Tư pháp thành phố Hà Nội, Chi đoàn Thanh niên khối cơ quan',
]
const PRIZES = ['Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Giải Khuyến khích', undefined]

const template = { ...DEFAULT_CERTIFICATE_TEMPLATE, signerTitle: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' }
// One Buffer per asset for the whole batch, as a job that loaded the template once would have.
const assets = { logo: sampleLogoPng(), signature: sampleSignaturePng() }
const issuedAt = new Date('2026-11-23T03:00:00Z')

function* items(): Generator<CertificateZipItem> {
  for (let i = 0; i < count; i++) {
    const { serial, code } = issueVerificationCode(SECRET)
    yield {
      template,
      assets,
      data: {
        holderName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`,
        unitName: UNITS[i % UNITS.length],
        contestTitle: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW về đổi mới công tác xây dựng và thi hành pháp luật',
        roundTitle: 'Vòng chung kết',
        score: Math.round((10 - (i % 40) / 8) * 100) / 100,
        maxScore: 10,
        rank: i + 1,
        prizeLabel: PRIZES[i % PRIZES.length],
        issuedAt,
        serial,
        verifyUrl: `https://thiphapluat.vn/xac-minh/${code}`,
      },
    }
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
// With `node --expose-gc --import tsx …` the heap is measured after a full GC,
// i.e. what is really retained rather than garbage not yet collected.
const gc = (globalThis as { gc?: () => void }).gc
const rss: { at: string; rss: number; heap: number }[] = []
const sample = (at: string) => {
  gc?.()
  const m = process.memoryUsage()
  rss.push({ at, rss: m.rss, heap: m.heapUsed })
}

const out = `/tmp/certificates-bench-${process.pid}.zip`
sample('start')
const cpuStart = process.cpuUsage()
const t0 = performance.now()
let peakRss = 0
await pipeline(
  renderCertificatesZip(items(), (done) => {
    if (done % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss)
    // Start is before fonts and images are loaded; from 10% on, memory should not grow.
    if (done === Math.ceil(count / 10)) sample(`10% (${done})`)
    if (done === Math.ceil(count / 2)) sample(`50% (${done})`)
    if (done % 1000 === 0) process.stdout.write(`  ${done}/${count}\n`)
  }),
  createWriteStream(out),
)
const seconds = (performance.now() - t0) / 1000
const cpu = process.cpuUsage(cpuStart)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
sample(`end (${count})`)

const size = statSync(out).size
console.log(`certificates: ${count} → ${out} (${mb(size)}, ${(size / count / 1024).toFixed(1)} KB each)`)
console.log(`wall: ${seconds.toFixed(1)} s → ${(count / seconds).toFixed(1)} certificates/s`)
const perCore = count / cpuSeconds
console.log(`cpu:  ${cpuSeconds.toFixed(1)} s → ${perCore.toFixed(1)} certificates per CPU-second (one core)`)
const heapLabel = gc ? 'heap after GC' : 'heap used'
for (const r of rss) console.log(`rss ${r.at.padEnd(16)} ${mb(r.rss).padStart(9)}   ${heapLabel} ${mb(r.heap)}`)
console.log(`rss peak (sampled every 100): ${mb(peakRss)}`)
// Other work on the machine slows the wall-clock figure; the CPU figure is steadier.
console.log(`load average during the run (1 min): ${loadavg()[0].toFixed(2)}`)
if (!process.argv.includes('--keep')) unlinkSync(out)
