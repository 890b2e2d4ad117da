// fontkit ships no types and only this much is used: parse a TTF once and hand
// the parsed font to pdfkit, which accepts any object with a layout() method.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string
    readonly unitsPerEm: number
    /** Every code point the font's cmap maps to a glyph. */
    readonly characterSet: number[]
    glyphForCodePoint(codePoint: number): unknown
    layout(text: string): unknown
    createSubset(): unknown
  }
  export interface FontCollection {
    readonly fonts: Font[]
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection
}
