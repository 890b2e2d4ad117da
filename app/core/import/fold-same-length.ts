const MARKS = /\p{M}+/gu

/**
 * Lower-case, accent-free copy of `s` with exactly the same UTF-16 length, so a
 * keyword regex can run on plain ASCII ("dap an") and its match indices still
 * cut the original text ("Đáp án").
 */
export function foldSameLength(s: string): string {
  let out = ''
  for (const ch of s) {
    let f = ch.normalize('NFD').replace(MARKS, '')
    if (f === 'đ' || f === 'Đ') f = 'd'
    f = f.toLowerCase()
    out += f.length === ch.length ? f : ch
  }
  return out
}
