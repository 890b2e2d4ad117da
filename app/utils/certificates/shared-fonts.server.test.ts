import { describe, expect, it } from 'vitest'
import { DEFAULT_CERTIFICATE_TEMPLATE } from '~/core/certificates/template'
import { pdfText } from './pdf-tools.testing'
import { renderCertificatePdf } from './render-certificate.server'

/**
 * In a file of its own, so the process starts with untouched fonts: the bug
 * this guards against depends on what earlier certificates printed.
 */

const holder = (holderName: string) => ({
  holderName,
  contestTitle: 'Cuộc thi',
  issuedAt: new Date('2026-11-23T03:00:00Z'),
  serial: 'TPL-AAAAAAAAAAAAAAAA',
  verifyUrl: 'https://thiphapluat.vn/xac-minh/TPL-AAAAAAAAAAAAAAAA-AAAAAAAAAAAAAAAA',
})

describe('fonts shared between certificates', () => {
  it('keep plain letters extractable after a certificate that used only their accented forms', async () => {
    // The holder's name is the only text in bold italic, so the first
    // certificate is the only one to have touched that face's "a", "o", …
    // and only as parts of composite glyphs such as "ả" and "ọ".
    const bases = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
    const toned = bases.map((b) => ['\u0309', '\u0323'].map((t) => `${b}${t}`.normalize('NFC')).join('')).join(' ')
    const plain = bases.join(' ')
    // pdftotext guesses spaces between one-letter italic words poorly: compare letters only.
    const letters = (s: string) => s.replace(/\s+/g, '')
    const first = pdfText(await renderCertificatePdf(DEFAULT_CERTIFICATE_TEMPLATE, holder(`${toned} ${toned.toUpperCase()}`)))
    expect(letters(first)).toContain(letters(`${toned}${toned.toUpperCase()}`))
    const second = pdfText(await renderCertificatePdf(DEFAULT_CERTIFICATE_TEMPLATE, holder(`${plain} ${plain.toUpperCase()}`)))
    expect(letters(second)).toContain(letters(`${plain}${plain.toUpperCase()}`))
  })
})
