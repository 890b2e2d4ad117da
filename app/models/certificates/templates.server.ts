import { type CertificateRules, DEFAULT_CERTIFICATE_RULES, readCertificateRules } from '~/core/certificates/rules'
import {
  type CertificateTemplate,
  DEFAULT_CERTIFICATE_TEMPLATE,
  certificateTemplateSchema,
} from '~/core/certificates/template'
import { validateImage } from '~/core/certificates/validate-image'
import { nfc } from '~/core/text/normalize'
import type { Db } from '~/utils/db.server'
import { audit } from '../audit.server'

/** Certificate templates of a contest. Every function takes the organiser and scopes to their organisation. */

export type Actor = { id: string; organisationId: string }
export type TemplateResult<T = object> = ({ ok: true } & T) | { ok: false; message: string; field?: string }

export const TEMPLATE_NAME_MAX = 120
export type TemplateImageKind = 'logo' | 'signature'

/** The wording as stored; a row written by an older version falls back to the defaults field by field. */
export function readTemplateContent(stored: unknown): CertificateTemplate {
  const parsed = certificateTemplateSchema.safeParse({ ...DEFAULT_CERTIFICATE_TEMPLATE, ...(stored as object) })
  return parsed.success ? parsed.data : DEFAULT_CERTIFICATE_TEMPLATE
}

/** The organisation's contests with how many templates and certificates each has. */
export async function listContestsForCertificates(db: Db, organisationId: string) {
  const contests = await db.contest.findMany({
    where: { organisationId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      status: true,
      _count: { select: { certificateTemplates: true, certificates: true, rounds: true } },
    },
  })
  return contests.map(({ _count, ...c }) => ({
    ...c,
    templates: _count.certificateTemplates,
    certificates: _count.certificates,
    rounds: _count.rounds,
  }))
}

export async function findContest(db: Db, organisationId: string, contestId: string) {
  return db.contest.findFirst({ where: { id: contestId, organisationId }, select: { id: true, title: true, status: true } })
}

export async function listTemplates(db: Db, organisationId: string, contestId: string) {
  const templates = await db.certificateTemplate.findMany({
    where: { contestId, contest: { organisationId } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, rules: true, updatedAt: true, _count: { select: { certificates: true } } },
  })
  return templates.map(({ _count, rules, ...t }) => ({ ...t, rules: readCertificateRules(rules), certificates: _count.certificates }))
}

/** A template with its contest, or null when it does not exist in this organisation. */
export async function findTemplate(db: Db, organisationId: string, templateId: string) {
  const row = await db.certificateTemplate.findFirst({
    where: { id: templateId, contest: { organisationId } },
    select: {
      id: true,
      name: true,
      content: true,
      rules: true,
      contestId: true,
      updatedAt: true,
      contest: { select: { id: true, title: true } },
      _count: { select: { certificates: true } },
    },
  })
  if (!row) return null
  const images = await db.$queryRaw<{ logo: number | null; signature: number | null }[]>`
    SELECT octet_length("logo") AS "logo", octet_length("signature") AS "signature"
    FROM "CertificateTemplate" WHERE "id" = ${templateId}`
  const { _count, content, rules, ...rest } = row
  return {
    ...rest,
    content: readTemplateContent(content),
    rules: readCertificateRules(rules),
    certificates: _count.certificates,
    // Sizes only: the bytes are served by their own route, not through every page load.
    logoBytes: images[0]?.logo ?? null,
    signatureBytes: images[0]?.signature ?? null,
  }
}

/** The template with its images, for drawing certificates. */
export async function loadTemplateForRendering(db: Db, templateId: string) {
  const row = await db.certificateTemplate.findUniqueOrThrow({
    where: { id: templateId },
    select: { content: true, logo: true, signature: true },
  })
  return {
    content: readTemplateContent(row.content),
    // One Buffer per image for a whole batch: the renderer caches its prepared image per Buffer.
    assets: {
      logo: row.logo ? Buffer.from(row.logo) : null,
      signature: row.signature ? Buffer.from(row.signature) : null,
    },
  }
}

function cleanName(name: string): TemplateResult<{ name: string }> {
  const clean = nfc(name).replace(/\s+/g, ' ').trim()
  if (!clean) return { ok: false, field: 'name', message: 'Nhập tên mẫu, ví dụ "Giấy chứng nhận đạt giải"' }
  if (clean.length > TEMPLATE_NAME_MAX) return { ok: false, field: 'name', message: `Tên mẫu dài quá ${TEMPLATE_NAME_MAX} ký tự` }
  return { ok: true, name: clean }
}

export async function createTemplate(
  db: Db,
  actor: Actor,
  contestId: string,
  input: { name: string },
): Promise<TemplateResult<{ id: string }>> {
  const contest = await findContest(db, actor.organisationId, contestId)
  if (!contest) return { ok: false, message: 'Không tìm thấy cuộc thi này trong đơn vị tổ chức của bạn.' }
  const name = cleanName(input.name)
  if (!name.ok) return name
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { name: true } })
  // Start from the usual wording with the organisation's own name as the issuing body.
  const content = certificateTemplateSchema.safeParse({ ...DEFAULT_CERTIFICATE_TEMPLATE, organisingBody: organisation.name.toUpperCase() })
  const template = await db.certificateTemplate.create({
    data: {
      contestId,
      name: name.name,
      content: content.success ? content.data : DEFAULT_CERTIFICATE_TEMPLATE,
      rules: DEFAULT_CERTIFICATE_RULES,
    },
  })
  await audit(db, actor, 'certificate_template.create', 'CertificateTemplate', template.id, { contestId, name: name.name })
  return { ok: true, id: template.id }
}

const LOCKED_MESSAGE =
  'Mẫu này đã dùng để cấp giấy chứng nhận nên không sửa nội dung hay hình ảnh được nữa (giấy đã cấp phải giữ nguyên). Hãy tạo bản sao để làm mẫu mới.'

async function lockState(db: Db, organisationId: string, templateId: string) {
  const row = await db.certificateTemplate.findFirst({
    where: { id: templateId, contest: { organisationId } },
    select: { id: true, contestId: true, _count: { select: { certificates: true } } },
  })
  if (!row) return null
  return { contestId: row.contestId, locked: row._count.certificates > 0 }
}

/** Saves the wording. Refused once the template has issued certificates: their PDFs are drawn from it. */
export async function updateTemplateContent(
  db: Db,
  actor: Actor,
  templateId: string,
  input: { name: string; content: CertificateTemplate },
): Promise<TemplateResult> {
  const state = await lockState(db, actor.organisationId, templateId)
  if (!state) return { ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' }
  if (state.locked) return { ok: false, message: LOCKED_MESSAGE }
  const name = cleanName(input.name)
  if (!name.ok) return name
  await db.certificateTemplate.update({ where: { id: templateId }, data: { name: name.name, content: input.content } })
  await audit(db, actor, 'certificate_template.update', 'CertificateTemplate', templateId, { name: name.name })
  return { ok: true }
}

/** Rules only decide who is issued next time, so they may change at any time. */
export async function updateTemplateRules(db: Db, actor: Actor, templateId: string, rules: CertificateRules): Promise<TemplateResult> {
  const state = await lockState(db, actor.organisationId, templateId)
  if (!state) return { ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' }
  await db.certificateTemplate.update({ where: { id: templateId }, data: { rules } })
  await audit(db, actor, 'certificate_template.rules', 'CertificateTemplate', templateId, rules)
  return { ok: true }
}

const IMAGE_LABELS: Record<TemplateImageKind, string> = { logo: 'Logo', signature: 'Ảnh chữ ký' }

/** Stores (bytes) or removes (null) the logo or signature, checked by its content, not its name. */
export async function setTemplateImage(
  db: Db,
  actor: Actor,
  templateId: string,
  kind: TemplateImageKind,
  bytes: Uint8Array | null,
): Promise<TemplateResult> {
  const state = await lockState(db, actor.organisationId, templateId)
  if (!state) return { ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' }
  if (state.locked) return { ok: false, field: kind, message: LOCKED_MESSAGE }
  if (bytes) {
    const check = validateImage(bytes)
    if (!check.ok) return { ok: false, field: kind, message: `${IMAGE_LABELS[kind]}: ${check.error}` }
  }
  const value = bytes ? new Uint8Array(bytes) : null
  await db.certificateTemplate.update({ where: { id: templateId }, data: kind === 'logo' ? { logo: value } : { signature: value } })
  await audit(db, actor, bytes ? 'certificate_template.image_set' : 'certificate_template.image_remove', 'CertificateTemplate', templateId, {
    kind,
    bytes: bytes?.length ?? 0,
  })
  return { ok: true }
}

export async function readTemplateImage(db: Db, organisationId: string, templateId: string, kind: TemplateImageKind) {
  const where = { id: templateId, contest: { organisationId } }
  const bytes =
    kind === 'logo'
      ? (await db.certificateTemplate.findFirst({ where, select: { logo: true } }))?.logo
      : (await db.certificateTemplate.findFirst({ where, select: { signature: true } }))?.signature
  if (!bytes) return null
  const check = validateImage(bytes)
  return check.ok ? { bytes, mime: check.format === 'png' ? 'image/png' : 'image/jpeg' } : null
}

/** A new, unlocked template with the same wording, rules and images. */
export async function copyTemplate(db: Db, actor: Actor, templateId: string): Promise<TemplateResult<{ id: string }>> {
  const source = await db.certificateTemplate.findFirst({ where: { id: templateId, contest: { organisationId: actor.organisationId } } })
  if (!source) return { ok: false, message: 'Không tìm thấy mẫu giấy chứng nhận.' }
  const name = `${source.name} (bản sao)`.slice(0, TEMPLATE_NAME_MAX)
  const copy = await db.certificateTemplate.create({
    data: {
      contestId: source.contestId,
      name,
      content: source.content ?? {},
      rules: source.rules ?? {},
      logo: source.logo,
      signature: source.signature,
    },
  })
  await audit(db, actor, 'certificate_template.copy', 'CertificateTemplate', copy.id, { from: templateId })
  return { ok: true, id: copy.id }
}
