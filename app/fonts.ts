// Noto Serif, self-hosted from @fontsource (next/font/google cannot download here): Latin, Cyrillic
// and Cyrillic Extended, which holds the Tajik letters ғ ӣ қ ӯ ҳ ҷ (U+0492–U+04EF). Each subset is
// its own face with the unicode-range fontsource gives it, so a page downloads only the subsets
// its text uses; tests/unit/fonts.test.ts checks that the files draw every Tajik letter.
import localFont from 'next/font/local';

// Paths are literal strings: next/font reads them at build time.

export const serifLatin = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-serif-latin',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

export const serifCyrillic = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-serif-cyrillic',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' }],
});

export const serifCyrillicExt = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-ext-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/noto-serif/files/noto-serif-cyrillic-ext-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-serif-cyrillic-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    { prop: 'unicode-range', value: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
  ],
});

/** The class names that define the three font variables, for <html>. */
export const fontVariables = [serifLatin.variable, serifCyrillic.variable, serifCyrillicExt.variable].join(' ');
