import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Font, create } from 'fontkit'

/**
 * The TTF fonts printed on certificates, read and parsed once per process.
 * Parsing a font is most of pdfkit's cost when it is given bytes (≈50 ms per
 * document for four faces); handing it the parsed font keeps a certificate
 * at a few milliseconds. pdfkit still builds a fresh subset per document.
 *
 * One catch makes sharing safe only after warming: fontkit caches a glyph
 * object with the characters it was first looked up for, and pdfkit writes
 * those characters into the PDF's ToUnicode map (what copy-paste and search
 * read). When a subset is written, the components of composite glyphs (the
 * "a" inside "ả") are looked up with no characters, so the next document
 * would print an "a" that extracts as nothing. Looking up every mapped
 * character once, first, caches each glyph with its own character.
 *
 * Complete TTFs from @expo-google-fonts: they cover Vietnamese and basic Latin
 * in one file (the @fontsource split files do not, and WOFF2 crashes pdfkit).
 */

const FONT_FILES = {
  serif: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  serifItalic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  serifBold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  serifBoldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  sansSemiBold: '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf',
} as const

export type CertificateFontName = keyof typeof FONT_FILES
export const CERTIFICATE_FONT_NAMES = Object.keys(FONT_FILES) as CertificateFontName[]

let fonts: Record<CertificateFontName, Font> | null = null

export function certificateFonts(): Record<CertificateFontName, Font> {
  if (fonts) return fonts
  const require = createRequire(import.meta.url)
  const loaded = {} as Record<CertificateFontName, Font>
  for (const name of CERTIFICATE_FONT_NAMES) {
    const parsed = create(readFileSync(require.resolve(FONT_FILES[name])))
    if ('fonts' in parsed) throw new Error(`${FONT_FILES[name]} is a font collection, expected one font`)
    for (const codePoint of parsed.characterSet) parsed.glyphForCodePoint(codePoint)
    loaded[name] = parsed
  }
  fonts = loaded
  return fonts
}
