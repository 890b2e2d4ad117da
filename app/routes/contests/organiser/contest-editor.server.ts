import { parseWithZod } from '@conform-to/zod/v4'
import type { AppLoadContext } from '@remix-run/node'
import { validateImage } from '~/core/certificates/validate-image'
import { registrationFieldsSchema } from '~/core/contest/registration-fields'
import { slugify } from '~/core/contest/slug'
import { flattenTree } from '~/core/units/unit-tree'
import type { BannerChange, ContestInput } from '~/models/contests/contest.server'
import { organisationUnits } from '~/models/contests/contest.server'
import { contestFormSchema } from './contest-form'
import type { ContestEditorDefaults } from './contest-editor'

/** Reads the contest form: the checked values, the banner change, or a reply with the errors in place. */
export async function readContestForm(formData: FormData) {
  const submission = parseWithZod(formData, { schema: contestFormSchema })
  if (submission.status !== 'success') return { ok: false, reply: submission.reply() } as const
  const v = submission.value
  const fields = registrationFieldsSchema.safeParse(v.fields.map((f) => ({ ...f, options: f.type === 'select' ? f.options : [] })))
  if (!fields.success) return { ok: false, reply: submission.reply({ formErrors: fields.error.issues.map((i) => i.message) }) } as const

  let banner: BannerChange = v.removeBanner ? { kind: 'remove' } : { kind: 'keep' }
  const file = formData.get('banner')
  if (file && typeof file !== 'string' && file.size > 0) {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const check = validateImage(bytes)
    if (!check.ok) return { ok: false, reply: submission.reply({ fieldErrors: { banner: [check.error] } }) } as const
    banner = { kind: 'upload', bytes, mime: check.format === 'png' ? 'image/png' : 'image/jpeg' }
  }
  const input: ContestInput = {
    title: v.title,
    slug: v.slug || slugify(v.title),
    description: v.description,
    rulesText: v.rulesText,
    bannerUrl: v.bannerUrl || null,
    eligibility: { minAge: v.minAge, maxAge: v.maxAge, unitIds: v.unitIds },
    registrationFields: fields.data,
  }
  return { ok: true, submission, input, banner } as const
}

export async function unitChoices(context: AppLoadContext, organisationId: string) {
  return flattenTree(await organisationUnits(context.services.db, organisationId)).map((u) => ({ id: u.id, name: u.name, depth: u.depth }))
}

export function defaultsFromContest(c: {
  title: string
  slug: string
  description: string
  rulesText: string
  bannerUrl: string | null
  eligibility: unknown
  registrationFields: unknown
}): ContestEditorDefaults {
  const e = (c.eligibility ?? {}) as { minAge?: number; maxAge?: number; unitIds?: string[] }
  const f = Array.isArray(c.registrationFields) ? (c.registrationFields as { label: string; type: string; required: boolean; options?: string[] }[]) : []
  return {
    title: c.title,
    slug: c.slug,
    description: c.description,
    rulesText: c.rulesText,
    bannerUrl: c.bannerUrl ?? '',
    minAge: e.minAge,
    maxAge: e.maxAge,
    unitIds: e.unitIds ?? [],
    fields: f.map((x) => ({ label: x.label, type: x.type, required: x.required, options: (x.options ?? []).join('\n') })),
  }
}
