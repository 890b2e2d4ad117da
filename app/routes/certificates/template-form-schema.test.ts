import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { createTemplateSchema, templateRulesFormSchema, templateWordingSchema } from './template-form-schema'

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.append(k, v)
  return data
}

const filled = {
  name: 'Mẫu đạt giải',
  title: 'GIẤY CHỨNG NHẬN',
  organisingBody: 'SỞ TƯ PHÁP',
  body: 'Đã đạt {{giai}} {{cuocThi}}',
  signerTitle: 'GIÁM ĐỐC',
  signerName: 'Nguyễn Văn A',
  accentColor: '#9F1D1D',
}

describe('templateWordingSchema through Conform', () => {
  it('reads a filled form, an unticked motto as false and blank optional fields as empty', () => {
    const result = parseWithZod(form(filled), { schema: templateWordingSchema, disableAutoCoercion: true })
    expect(result.status).toBe('success')
    if (result.status !== 'success') return
    expect(result.value).toMatchObject({ showNationalMotto: false, recipientLabel: '', place: '', title: 'GIẤY CHỨNG NHẬN' })
    const ticked = parseWithZod(form({ ...filled, showNationalMotto: 'on' }), { schema: templateWordingSchema, disableAutoCoercion: true })
    expect(ticked.status === 'success' && ticked.value.showNationalMotto).toBe(true)
  })

  it('says an empty required field is empty, and lists the allowed placeholders for an unknown one', () => {
    const result = parseWithZod(form({ ...filled, title: '', body: 'Chúc mừng {{tenNguoi}}' }), { schema: templateWordingSchema, disableAutoCoercion: true })
    expect(result.status).toBe('error')
    const errors = result.reply().error ?? {}
    expect(errors.title).toEqual(['Tiêu đề không được để trống'])
    expect(errors.body?.[0]).toMatch(/^Nội dung: Không có trường thay thế \{\{tenNguoi\}\}\. Chỉ dùng được: \{\{hoTen\}\} \(họ và tên\), \{\{donVi\}\}/)
  })
})

describe('templateRulesFormSchema', () => {
  it('reads checkboxes and an optional threshold', () => {
    const r = parseWithZod(form({ prizeWinners: 'on', minScorePercent: '80' }), { schema: templateRulesFormSchema })
    expect(r.status === 'success' && r.value).toEqual({ prizeWinners: true, minScorePercent: 80, livePodium: false })
    const none = parseWithZod(form({ minScorePercent: '' }), { schema: templateRulesFormSchema })
    expect(none.status).toBe('error')
    const bad = parseWithZod(form({ minScorePercent: 'tám mươi' }), { schema: templateRulesFormSchema })
    expect(bad.reply().error?.minScorePercent).toEqual(['Ngưỡng điểm phải là một số từ 0 đến 100'])
  })
})

describe('createTemplateSchema', () => {
  it('asks for a name in Vietnamese when it is empty or blank', () => {
    for (const name of ['', '   ']) {
      const r = parseWithZod(form({ name }), { schema: createTemplateSchema })
      expect(r.reply().error?.name).toEqual(['Nhập tên mẫu, ví dụ "Giấy chứng nhận đạt giải"'])
    }
    const ok = parseWithZod(form({ name: '  Mẫu   vòng 1 '.normalize('NFD') }), { schema: createTemplateSchema })
    expect(ok.status === 'success' && ok.value.name).toBe('Mẫu vòng 1')
  })
})
