import type { Config } from 'tailwindcss'

export default {
  content: ['./app/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: { sans: ['"Be Vietnam Pro"', 'system-ui', 'sans-serif'] },
      colors: {
        // Deep red and gold echo Vietnamese official documents; every pair used for text passes WCAG AA.
        brand: { 50: '#fdf3f2', 100: '#fbe4e1', 600: '#b42318', 700: '#912018', 800: '#7a1a14', 900: '#55130f' },
        gold: { 400: '#f5c04a', 500: '#e0a526' },
        ink: { 900: '#101828', 700: '#344054', 600: '#475467', 500: '#667085', 300: '#d0d5dd', 200: '#eaecf0', 100: '#f2f4f7', 50: '#f9fafb' },
        ok: { 50: '#ecfdf3', 700: '#067647' },
        warn: { 50: '#fffaeb', 700: '#b54708' },
        bad: { 50: '#fef3f2', 700: '#b42318' },
        // Live-answer colours, shared by phone buttons and the projector (with shapes, never colour alone).
        opt: { a: '#c0262d', b: '#1f5fbf', c: '#a36a00', d: '#1d7a3a', e: '#6b3fa0', f: '#0f7b7b' },
      },
    },
  },
  plugins: [],
} satisfies Config
