import { describe, expect, it } from 'vitest'
import { parseUnitRows } from './parse-unit-rows'
import { descendantIds, flattenTree } from './unit-tree'

describe('parseUnitRows', () => {
  it('finds the header under title rows, orders parents first and resolves parents in the file or the system', () => {
    const cells = [
      ['DANH SÁCH ĐƠN VỊ NĂM 2026'],
      [],
      ['STT', 'Tên đơn vị', 'Đơn vị cấp trên', 'Số người', 'Loại'],
      ['1', 'Tổ 1', 'Phường Mới', '1.200', 'Đơn vị'],
      ['2', 'Phường Mới', 'Thành phố Hà Nội', '', 'Phường, xã'],
      ['', '', '', '', ''],
    ]
    const preview = parseUnitRows('Sheet1', cells, ['Thành phố Hà Nội'])
    expect(preview.issues).toEqual([])
    expect(preview.rows.map((r) => [r.row, r.name, r.parentName, r.headcount, r.kind])).toEqual([
      [5, 'Phường Mới', 'Thành phố Hà Nội', null, 'WARD'],
      [4, 'Tổ 1', 'Phường Mới', 1200, 'UNIT'],
    ])
  })

  it('places every problem by row and column, in Vietnamese', () => {
    const cells = [
      ['Tên đơn vị', 'Đơn vị cấp trên', 'Số người', 'Loại'],
      ['', 'X', '1', ''],
      ['Tổ A', '', '-5', ''],
      ['Tổ B', 'Không có', '10', ''],
      ['Tổ C', '', 'mười', 'hành tinh'],
      ['tổ c', '', '', ''],
      ['Tổ D', 'Tổ D', '', ''],
    ]
    const { rows, issues } = parseUnitRows('Đơn vị', cells, [])
    expect(rows).toEqual([])
    expect(issues).toEqual([
      { row: 2, column: 'A (Tên đơn vị)', message: 'Tên đơn vị không được để trống' },
      { row: 3, column: 'C (Số người)', message: 'Số người không được âm' },
      { row: 4, column: 'B (Đơn vị cấp trên)', message: 'Không tìm thấy đơn vị cấp trên "Không có" trong hệ thống hoặc trong tệp' },
      { row: 5, column: 'C (Số người)', message: 'Số người "mười" không phải là số' },
      { row: 5, column: 'D (Loại)', message: 'Loại "hành tinh" không hợp lệ (dùng: Thành phố, Sở/ngành, Phường/xã, Đơn vị)' },
      { row: 6, column: 'A (Tên đơn vị)', message: 'Đơn vị "tổ c" trùng với dòng 5' },
      { row: 7, column: 'B (Đơn vị cấp trên)', message: 'Đơn vị không thể là cấp trên của chính nó' },
    ])
  })

  it('says when there is no header row', () => {
    expect(parseUnitRows('S', [['a', 'b']], []).issues[0].message).toContain('Không tìm thấy dòng tiêu đề')
  })
})

describe('unit tree', () => {
  const units = [
    { id: 'c', parentId: null, name: 'Thành phố' },
    { id: 'w2', parentId: 'c', name: 'Phường Đông' },
    { id: 'w1', parentId: 'c', name: 'Phường Ba Đình' },
    { id: 'u1', parentId: 'w1', name: 'Tổ 1' },
  ]
  it('flattens depth-first in Vietnamese order', () => {
    expect(flattenTree(units).map((u) => [u.id, u.depth])).toEqual([
      ['c', 0],
      ['w1', 1],
      ['u1', 2],
      ['w2', 1],
    ])
  })
  it('lists descendants so a unit cannot move under itself', () => {
    expect([...descendantIds(units, 'c')].sort()).toEqual(['u1', 'w1', 'w2'])
    expect(descendantIds(units, 'u1').size).toBe(0)
  })
})
