import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { revokeCertificate } from '../../app/models/certificates/certificates.server'
import { requestRoundIssue } from '../../app/models/certificates/issue.server'
import { renderIssuedCertificate, renderZipFromDatabase } from '../../app/models/certificates/render.server'
import { createTemplate, setTemplateImage, updateTemplateRules } from '../../app/models/certificates/templates.server'
import { verifyCertificateCode } from '../../app/models/certificates/verify.server'
import { decodeQrCodes, pdfText } from '../../app/utils/certificates/pdf-tools.testing'
import { sampleLogoPng, sampleSignaturePng } from '../../app/utils/certificates/sample-images.server'
import { verificationCodeFor } from '../../app/utils/certificates/verification-code.server'
import { startCertificateJobRunner } from '../../server/certificates/job-runner'
import { addResults, createOrganisationWorld, createRound } from '../factories/certificate-fixtures'
import { createTestDatabase, type TestDatabase } from '../setup/test-database'

const SECRET = 'integration-certificate-secret-0123456789'
const settings = { publicUrl: 'https://thiphapluat.example.vn/', secret: SECRET }
const LONG_UNIT =
  'Phòng Phổ biến, giáo dục pháp luật thuộc Sở Tư pháp thành phố Hà Nội, Chi đoàn Thanh niên khối cơ quan Ủy ban nhân dân phường Hoàn Kiếm'
const NAMES = ['Nguyễn Thị Ngọc Ánh', 'Đặng Văn Hưởng'.normalize('NFD'), 'Trần Thị Thu Phượng', 'Lê Quang Vỹ']

let t: TestDatabase
let world: Awaited<ReturnType<typeof createOrganisationWorld>>
let templateId: string
let roundId: string
let dir: string

beforeAll(async () => {
  t = await createTestDatabase()
  dir = mkdtempSync(join(tmpdir(), 'cert-integration-'))
  world = await createOrganisationWorld(t.db)
  await t.db.contest.update({
    where: { id: world.contest.id },
    data: { title: 'Cuộc thi trực tuyến tìm hiểu Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật' },
  })
  const unit = await t.db.unit.create({ data: { organisationId: world.organisation.id, name: LONG_UNIT, nameKey: 'long-unit', kind: 'UNIT' } })
  const round = await createRound(t.db, world.contest.id, { title: 'Vòng chung kết', position: 1, status: 'FINALISED' })
  roundId = round.id
  await addResults(
    t.db,
    round,
    NAMES.map((fullName, i) => ({ fullName, score: 10 - i, prize: (['FIRST', 'SECOND', 'THIRD', 'CONSOLATION'] as const)[i], unitId: unit.id })),
  )
  const template = await createTemplate(t.db, world.actor, world.contest.id, { name: 'Mẫu chính' })
  if (!template.ok) throw new Error(template.message)
  templateId = template.id
  await setTemplateImage(t.db, world.actor, templateId, 'logo', sampleLogoPng(200))
  await setTemplateImage(t.db, world.actor, templateId, 'signature', sampleSignaturePng(300, 100))
  await updateTemplateRules(t.db, world.actor, templateId, { prizeWinners: true, minScorePercent: null, livePodium: false })
  await requestRoundIssue(t.db, world.actor, templateId, roundId)
  const runner = startCertificateJobRunner({ db: t.db, logger: pino({ level: 'silent' }), pollIntervalMs: 60_000 })
  await runner.drain()
  await runner.stop()
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await t.drop()
})

const certificate = (name: string) => t.db.certificate.findFirstOrThrow({ where: { holderName: name.normalize('NFC') } })

describe('verification outcomes', () => {
  it('a genuine code shows the holder, contest, result and issue date', async () => {
    const c = await certificate('Nguyễn Thị Ngọc Ánh')
    const outcome = await verifyCertificateCode(t.db, SECRET, verificationCodeFor(c.serial, SECRET))
    expect(outcome).toMatchObject({
      status: 'valid',
      certificate: {
        serial: c.serial,
        holderName: 'Nguyễn Thị Ngọc Ánh',
        unitName: LONG_UNIT,
        roundTitle: 'Vòng chung kết',
        rank: 1,
        prizeLabel: 'Giải Nhất',
        score: 10,
        maxScore: 10,
        organisationName: 'Sở Tư pháp thành phố Hà Nội',
        revokedAt: null,
      },
    })
    // Typed in lower case with spaces around: still found.
    expect((await verifyCertificateCode(t.db, SECRET, `  ${verificationCodeFor(c.serial, SECRET).toLowerCase()} `)).status).toBe('valid')
  })

  it('a revoked certificate says so, with the reason', async () => {
    const c = await certificate('Lê Quang Vỹ')
    await revokeCertificate(t.db, world.actor, c.id, 'Phát hiện gian lận')
    const outcome = await verifyCertificateCode(t.db, SECRET, verificationCodeFor(c.serial, SECRET))
    expect(outcome).toMatchObject({ status: 'revoked', certificate: { holderName: 'Lê Quang Vỹ', revokedReason: 'Phát hiện gian lận' } })
  })

  it('tampered, forged and unknown codes get the same answer; truncated ones are malformed', async () => {
    const c = await certificate('Trần Thị Thu Phượng')
    const code = verificationCodeFor(c.serial, SECRET)
    const lastChar = code.at(-1) === 'A' ? 'B' : 'A'
    const tamperedMac = `${code.slice(0, -1)}${lastChar}`
    // An existing serial with another certificate's signature.
    const other = verificationCodeFor((await certificate('Nguyễn Thị Ngọc Ánh')).serial, SECRET)
    const swapped = `${c.serial}-${other.split('-')[2]}`
    const signedUnknown = verificationCodeFor('TPL-AAAAAAAAAAAAAAAA', SECRET)
    const wrongSecret = verificationCodeFor(c.serial, 'another-secret-that-is-long-enough-12345')
    for (const forged of [tamperedMac, swapped, signedUnknown, wrongSecret]) {
      expect(await verifyCertificateCode(t.db, SECRET, forged)).toEqual({ status: 'invalid' })
    }
    for (const bad of [code.slice(0, -1), code.slice(0, 20), `${code}A`, code.replace('TPL', 'XYZ'), '', '../../etc/passwd', code.replace(/.$/, '1')]) {
      expect(await verifyCertificateCode(t.db, SECRET, bad)).toEqual({ status: 'malformed' })
    }
  })
})

describe('drawing issued certificates', () => {
  it('one PDF: the holder’s name in NFC, the long unit and title, and a QR code that verifies', async () => {
    const c = await certificate('Đặng Văn Hưởng')
    const { pdf, fileName } = await renderIssuedCertificate(t.db, c, settings)
    expect(fileName).toBe(`${c.serial}-dang-van-huong.pdf`)
    const text = pdfText(pdf).replace(/\s+/g, ' ')
    expect(text).toContain('Đặng Văn Hưởng')
    expect(text).toContain('Giải Nhì')
    expect(text).toContain('Chi đoàn Thanh niên khối cơ quan')
    expect(text).toContain('đổi mới công tác xây dựng và thi hành pháp luật')
    const [url] = decodeQrCodes(pdf)
    expect(url).toBe(`https://thiphapluat.example.vn/verify/${verificationCodeFor(c.serial, SECRET)}`)
    const code = url.split('/verify/')[1]
    expect((await verifyCertificateCode(t.db, SECRET, code)).status).toBe('valid')
    // Drawn again later: the very same document (the PDF's date is the issue date).
    const again = await renderIssuedCertificate(t.db, c, settings)
    expect(Buffer.compare(again.pdf, pdf)).toBe(0)
  })

  it('the ZIP holds every certificate still valid, each one readable', async () => {
    const zip = join(dir, 'round.zip')
    const progress: number[] = []
    await pipeline(renderZipFromDatabase(t.db, { templateId, roundId }, settings, (n) => progress.push(n)), createWriteStream(zip))
    const entries = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean)
    // Lê Quang Vỹ's certificate was revoked above.
    expect(entries).toHaveLength(3)
    expect(progress).toEqual([1, 2, 3])
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'x')])
    const texts = entries.map((e) => pdfText(readFileSync(join(dir, 'x', e))).replace(/\s+/g, ' '))
    expect(texts.some((s) => s.includes('Nguyễn Thị Ngọc Ánh'))).toBe(true)
    expect(texts.some((s) => s.includes('Lê Quang Vỹ'))).toBe(false)
  })
})
