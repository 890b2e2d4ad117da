import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CERTIFICATE_TEMPLATE } from '~/core/certificates/template'
import { type CertificateZipItem, defaultFileName, renderCertificatesZip } from './certificates-zip.server'
import { pdfText } from './pdf-tools.testing'
import { issueVerificationCode } from './verification-code.server'

const SECRET = 'zip-test-secret-long-enough-for-the-hmac'

function item(holderName: string): CertificateZipItem {
  const { serial, code } = issueVerificationCode(SECRET)
  return {
    template: DEFAULT_CERTIFICATE_TEMPLATE,
    data: {
      holderName,
      contestTitle: 'Cuộc thi tìm hiểu Nghị quyết 66-NQ/TW',
      issuedAt: new Date('2026-11-23T03:00:00Z'),
      serial,
      verifyUrl: `https://thiphapluat.vn/xac-minh/${code}`,
    },
  }
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cert-zip-test-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const unzipList = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)

describe('defaultFileName', () => {
  it('is the serial and the name folded to ASCII', () => {
    expect(defaultFileName({ serial: 'TPL-AAAAAAAAAAAAAAAA', holderName: 'Đặng Văn Hưởng' })).toBe(
      'TPL-AAAAAAAAAAAAAAAA-dang-van-huong.pdf',
    )
    expect(defaultFileName({ serial: 'TPL-AAAAAAAAAAAAAAAA', holderName: '!!!' })).toBe('TPL-AAAAAAAAAAAAAAAA.pdf')
  })
})

describe('renderCertificatesZip', () => {
  it('streams one PDF per item, with unique names, reporting progress', async () => {
    const names = ['Nguyễn Thị Ngọc Ánh', 'Đặng Văn Hưởng', 'Trần Minh Khuê', 'Lê Thị Hồng Nhung']
    const items = names.map(item)
    items.push({ ...items[0], fileName: 'trung-ten.pdf' }, { ...items[1], fileName: 'trung-ten.pdf' })
    const progress: number[] = []
    const zip = join(dir, 'out.zip')
    await pipeline(
      renderCertificatesZip(items, (done) => progress.push(done)),
      createWriteStream(zip),
    )
    expect(progress).toEqual([1, 2, 3, 4, 5, 6])
    const entries = unzipList(zip)
    expect(entries).toEqual([
      ...items.slice(0, 4).map((i) => defaultFileName(i.data)),
      'trung-ten.pdf',
      'trung-ten (2).pdf',
    ])
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'x')])
    for (const [i, name] of names.entries()) {
      expect(pdfText(readFileSync(join(dir, 'x', entries[i])))).toContain(name)
    }
  })

  it('takes items from an async generator, one at a time', async () => {
    let pulled = 0
    async function* source() {
      for (const name of ['Phạm Quốc Bảo', 'Vũ Thị Yến']) {
        pulled++
        yield item(name)
      }
    }
    const zip = join(dir, 'async.zip')
    await pipeline(renderCertificatesZip(source()), createWriteStream(zip))
    expect(pulled).toBe(2)
    expect(unzipList(zip)).toHaveLength(2)
  })

  it('fails the stream when a certificate cannot be rendered', async () => {
    const bad = item('Nguyễn Văn Lỗi')
    bad.data = { ...bad.data, serial: 'not-a-serial' }
    await expect(
      pipeline(renderCertificatesZip([item('Người Đầu Tiên'), bad, item('Người Cuối')]), createWriteStream(join(dir, 'bad.zip'))),
    ).rejects.toThrow('Số hiệu giấy chứng nhận không hợp lệ')
  })

  it('stops rendering and releases its source when the reader goes away', async () => {
    let pulled = 0
    let released = false
    // Like a database cursor that must be closed.
    function* endless() {
      try {
        for (;;) {
          pulled++
          yield item(`Người Thứ ${pulled}`)
        }
      } finally {
        released = true
      }
    }
    // A reader that takes the first chunk and then hangs up, like a closed browser tab.
    const reader = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('client went away'))
      },
    })
    await expect(pipeline(renderCertificatesZip(endless()), reader)).rejects.toThrow('client went away')
    const pulledWhenClosed = pulled
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(pulled).toBe(pulledWhenClosed)
    expect(pulled).toBeLessThan(5)
    expect(released).toBe(true)
  })

  it('also stops when the stream is destroyed without an error', async () => {
    let released = false
    function* endless() {
      try {
        for (let n = 1; ; n++) yield item(`Người Thứ ${n}`)
      } finally {
        released = true
      }
    }
    const stream = renderCertificatesZip(endless())
    stream.once('data', () => stream.destroy())
    await new Promise((resolve) => stream.once('close', resolve))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(released).toBe(true)
  })
})
