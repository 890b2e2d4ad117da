import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import { VERIFICATION_CODE_PATTERN } from '~/core/certificates/code-format'
import {
  type CertificateDataInput,
  type FilledCertificate,
  certificateDataSchema,
  fillCertificate,
} from '~/core/certificates/fill'
import { type CertificateTemplateInput, certificateTemplateSchema } from '~/core/certificates/template'
import { type TextBox, fitText } from './fit-text.server'
import { CERTIFICATE_FONT_NAMES, certificateFonts } from './fonts.server'
import { type PrintBox, type Rgb, prepareImage } from './prepare-image.server'

/**
 * One certificate as a one-page landscape A4 PDF, laid out like a Vietnamese
 * administrative document: issuing body top left, national motto top right,
 * title, holder, wording, then place and date, signer block bottom right and
 * a verification QR code bottom left.
 */

/** Logo and signature as uploaded (PNG or JPEG, checked with validateImage). */
export interface CertificateAssets {
  logo?: Uint8Array | null
  signature?: Uint8Array | null
}

// A4 landscape, in points.
const PAGE_WIDTH = 841.89
const PAGE_HEIGHT = 595.28

const PAPER: Rgb = [0xff, 0xfd, 0xf6]
const PAPER_HEX = '#FFFDF6'
const GOLD = '#B8862B'
const INK = '#1F1A17'
const MUTED = '#5B534C'

const MOTTO_COUNTRY = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
const MOTTO_SLOGAN = 'Độc lập - Tự do - Hạnh phúc'

const HEADER_LEFT: TextBox = { x: 62, y: 60, width: 318, height: 54 }
const HEADER_RIGHT: TextBox = { x: 462, y: 60, width: 318, height: 54 }
const LOGO_BOX = { x: (PAGE_WIDTH - 66) / 2, y: 56, width: 66, height: 66 }
const TITLE_BOX: TextBox = { x: 80, y: 132, width: PAGE_WIDTH - 160, height: 52 }
const DIVIDER_Y = 192
const LABEL_BOX: TextBox = { x: 120, y: 200, width: PAGE_WIDTH - 240, height: 22 }
const NAME_BOX: TextBox = { x: 90, y: 224, width: PAGE_WIDTH - 180, height: 56 }
const BODY_BOX: TextBox = { x: 110, y: 286, width: PAGE_WIDTH - 220, height: 106 }
const SIGNER_X = 462
const SIGNER_WIDTH = 318
const DATE_BOX: TextBox = { x: SIGNER_X, y: 400, width: SIGNER_WIDTH, height: 20 }
const SIGNER_TITLE_BOX: TextBox = { x: SIGNER_X, y: 421, width: SIGNER_WIDTH, height: 46 }
const SIGNATURE_BOX = { x: SIGNER_X + (SIGNER_WIDTH - 170) / 2, y: 469, width: 170, height: 50 }
const SIGNER_NAME_BOX: TextBox = { x: SIGNER_X, y: 521, width: SIGNER_WIDTH, height: 22 }
const QR_SIZE = 80
const QR_BOX = { x: 110, y: 436, size: QR_SIZE }
const QR_CAPTION_BOX: TextBox = { x: QR_BOX.x - 30, y: QR_BOX.y - 13, width: QR_SIZE + 60, height: 12 }
const SERIAL_BOX: TextBox = { x: QR_BOX.x - 40, y: QR_BOX.y + QR_SIZE + 2, width: QR_SIZE + 80, height: 12 }
// The whole verification code, for someone who types it in instead of scanning: wider than the serial.
const CODE_BOX: TextBox = { x: QR_BOX.x - 50, y: SERIAL_BOX.y + SERIAL_BOX.height, width: QR_SIZE + 100, height: 11 }

export async function renderCertificatePdf(
  template: CertificateTemplateInput,
  data: CertificateDataInput,
  assets: CertificateAssets = {},
): Promise<Buffer> {
  const holder = certificateDataSchema.parse(data)
  const filled = fillCertificate(certificateTemplateSchema.parse(template), holder)
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    // No default Helvetica: pdfkit would parse its metrics for every document.
    font: '',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `${filled.title.replace(/\n/g, ' ')} – ${filled.holderName}`,
      Author: filled.organisingBody.replace(/\n/g, ' '),
      Subject: filled.serial,
      // The issue date, not the rendering time: re-rendering gives the same document.
      CreationDate: holder.issuedAt,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  // fitText keeps text inside its box, so a second page means a layout bug.
  doc.on('pageAdded', () => {
    throw new Error('A certificate must fit on one page')
  })
  registerFonts(doc)
  drawPage(doc, filled, assets)
  doc.end()
  return done
}

function registerFonts(doc: PDFKit.PDFDocument): void {
  const fonts = certificateFonts()
  for (const name of CERTIFICATE_FONT_NAMES) {
    // pdfkit 0.20 accepts an already parsed fontkit font (it checks for a
    // layout() method); its type definitions only list file sources.
    doc.registerFont(name, fonts[name] as unknown as PDFKit.Mixins.PDFFontSource)
  }
}

function drawPage(doc: PDFKit.PDFDocument, c: FilledCertificate, assets: CertificateAssets): void {
  doc.rect(0, 0, PAGE_WIDTH, PAGE_HEIGHT).fill(PAPER_HEX)
  drawBorder(doc, c.accentColor)

  // Issuing body, with the short rule under it that official documents use.
  const body = fitText(doc, c.organisingBody.toUpperCase(), HEADER_LEFT, {
    font: 'serifBold',
    maxSize: 12.5,
    minSize: 8,
    color: INK,
    valign: 'top',
    singleLineMinSize: 8,
  })
  underline(doc, HEADER_LEFT.x + HEADER_LEFT.width / 2, body.top + body.height + 4, 90, INK)

  if (c.showNationalMotto) {
    fitText(doc, MOTTO_COUNTRY, { ...HEADER_RIGHT, height: 18 }, {
      font: 'serifBold',
      maxSize: 12.5,
      minSize: 8,
      color: INK,
      singleLineMinSize: 8,
    })
    const slogan = fitText(doc, MOTTO_SLOGAN, { ...HEADER_RIGHT, y: HEADER_RIGHT.y + 18, height: 20 }, {
      font: 'serifBold',
      maxSize: 13,
      minSize: 8,
      color: INK,
      singleLineMinSize: 8,
    })
    const sloganWidth = doc.font('serifBold').fontSize(slogan.size).widthOfString(MOTTO_SLOGAN)
    underline(doc, HEADER_RIGHT.x + HEADER_RIGHT.width / 2, slogan.top + slogan.height + 1, sloganWidth, INK)
  }

  if (assets.logo) drawImage(doc, assets.logo, LOGO_BOX)

  fitText(doc, c.title, TITLE_BOX, {
    font: 'serifBold',
    maxSize: 38,
    minSize: 20,
    color: c.accentColor,
    singleLineMinSize: 20,
  })
  drawDivider(doc, PAGE_WIDTH / 2, DIVIDER_Y)

  if (c.recipientLabel) {
    fitText(doc, c.recipientLabel, LABEL_BOX, {
      font: 'serifItalic',
      maxSize: 15,
      minSize: 9,
      color: MUTED,
      singleLineMinSize: 9,
    })
  }
  fitText(doc, c.holderName, NAME_BOX, {
    font: 'serifBoldItalic',
    maxSize: 34,
    minSize: 18,
    color: c.accentColor,
    singleLineMinSize: 18,
  })
  fitText(doc, c.body, BODY_BOX, {
    font: 'serif',
    maxSize: 15,
    minSize: 9,
    color: INK,
    lineGapRatio: 0.05,
    // Each fact on its own line if it can stay readable; otherwise wrap evenly.
    singleLineMinSize: 12.5,
    balance: true,
  })

  fitText(doc, c.dateLine, DATE_BOX, {
    font: 'serifItalic',
    maxSize: 13,
    minSize: 8,
    color: INK,
    singleLineMinSize: 8,
  })
  fitText(doc, c.signerTitle.toUpperCase(), SIGNER_TITLE_BOX, {
    font: 'serifBold',
    maxSize: 12.5,
    minSize: 8,
    color: INK,
    valign: 'top',
    singleLineMinSize: 8,
  })
  if (assets.signature) drawImage(doc, assets.signature, SIGNATURE_BOX)
  fitText(doc, c.signerName, SIGNER_NAME_BOX, {
    font: 'serifBold',
    maxSize: 14,
    minSize: 8,
    color: INK,
    singleLineMinSize: 8,
  })

  fitText(doc, 'Quét mã để xác minh', QR_CAPTION_BOX, {
    font: 'sansSemiBold',
    maxSize: 8,
    minSize: 6,
    color: MUTED,
    singleLineMinSize: 6,
  })
  drawQrCode(doc, c.verifyUrl, QR_BOX.x, QR_BOX.y, QR_BOX.size)
  fitText(doc, `Số hiệu: ${c.serial}`, SERIAL_BOX, {
    font: 'sansSemiBold',
    maxSize: 8,
    minSize: 6,
    color: INK,
    singleLineMinSize: 6,
  })
  const code = c.verifyUrl.split(/[/?#]/).filter(Boolean).at(-1) ?? ''
  if (VERIFICATION_CODE_PATTERN.test(code)) {
    fitText(doc, code, CODE_BOX, {
      font: 'sansSemiBold',
      maxSize: 6.5,
      minSize: 5,
      color: INK,
      singleLineMinSize: 5,
    })
  }
}

function drawImage(doc: PDFKit.PDFDocument, bytes: Uint8Array, box: PrintBox & { x: number; y: number }): void {
  const prepared = prepareImage(bytes, box, PAPER)
  doc.image(prepared, box.x, box.y, { fit: [box.width, box.height], align: 'center', valign: 'center' })
}

function underline(doc: PDFKit.PDFDocument, centerX: number, y: number, width: number, color: string): void {
  doc
    .moveTo(centerX - width / 2, y)
    .lineTo(centerX + width / 2, y)
    .lineWidth(0.8)
    .strokeColor(color)
    .stroke()
}

function diamond(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number): void {
  doc.polygon([cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy])
}

/**
 * Double frame in the accent colour with a band of gold diamonds between,
 * and corner brackets: the look of a printed "giấy khen" frame, drawn as
 * vectors so it costs a few hundred bytes.
 */
function drawBorder(doc: PDFKit.PDFDocument, accent: string): void {
  const W = PAGE_WIDTH
  const H = PAGE_HEIGHT
  doc.lineJoin('miter')
  doc.rect(16, 16, W - 32, H - 32).lineWidth(3).strokeColor(accent).stroke()
  doc.rect(22, 22, W - 44, H - 44).lineWidth(0.75).strokeColor(GOLD).stroke()
  doc.rect(36, 36, W - 72, H - 72).lineWidth(0.75).strokeColor(GOLD).stroke()
  doc.rect(41, 41, W - 82, H - 82).lineWidth(1.5).strokeColor(accent).stroke()

  // Diamonds along the band's centre line, spaced evenly between the corners.
  const band = 29
  const r = 3.4
  const along = (from: number, to: number, count: number, at: (t: number) => void) => {
    for (let i = 1; i < count; i++) at(from + ((to - from) * i) / count)
  }
  const horizontal = Math.round((W - 2 * band) / 13)
  const vertical = Math.round((H - 2 * band) / 13)
  along(band, W - band, horizontal, (x) => {
    diamond(doc, x, band, r)
    diamond(doc, x, H - band, r)
  })
  along(band, H - band, vertical, (y) => {
    diamond(doc, band, y, r)
    diamond(doc, W - band, y, r)
  })
  doc.fillColor(GOLD).fill()

  // Corner medallions on the band and brackets inside the inner frame.
  for (const [cx, cy, sx, sy] of [
    [band, band, 1, 1],
    [W - band, band, -1, 1],
    [band, H - band, 1, -1],
    [W - band, H - band, -1, -1],
  ] as const) {
    doc.rect(cx - 8, cy - 8, 16, 16).fill(PAPER_HEX)
    diamond(doc, cx, cy, 8)
    doc.fillColor(accent).fill()
    diamond(doc, cx, cy, 3.5)
    doc.fillColor(GOLD).fill()
    const bx = cx + sx * 19
    const by = cy + sy * 19
    doc
      .moveTo(bx, by + sy * 34)
      .lineTo(bx, by)
      .lineTo(bx + sx * 34, by)
      .lineWidth(1.5)
      .strokeColor(GOLD)
      .stroke()
    diamond(doc, bx + sx * 6, by + sy * 6, 2.5)
    doc.fillColor(accent).fill()
  }
}

/** ── ◆ ── under the title. */
function drawDivider(doc: PDFKit.PDFDocument, cx: number, y: number): void {
  doc.moveTo(cx - 110, y).lineTo(cx - 10, y).moveTo(cx + 10, y).lineTo(cx + 110, y)
  doc.lineWidth(0.9).strokeColor(GOLD).stroke()
  diamond(doc, cx, y, 4.5)
  doc.fillColor(GOLD).fill()
}

/**
 * The QR code as vector rectangles (one per run of dark modules) rather than
 * an embedded PNG: sharp at any zoom or print size, a few hundred bytes, and
 * no PNG to encode and decode per certificate. Medium error correction
 * survives a crease or a stamp over a corner.
 */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 3
  const moduleSize = size / (modules.size + 2 * quiet)
  doc.rect(x, y, size, size).fill('#FFFFFF')
  const origin = quiet * moduleSize
  for (let row = 0; row < modules.size; row++) {
    let col = 0
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col++
      doc.rect(x + origin + start * moduleSize, y + origin + row * moduleSize, (col - start) * moduleSize, moduleSize)
    }
  }
  doc.fillColor('#000000').fill()
}
