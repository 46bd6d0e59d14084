// What a shared link to a profile shows in a messenger or a social network: the name, the dates
// as the sources give them, the first lines of the biography, and a picture: the approved
// portrait, or a card drawn here with the name and the star.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatPartialDate, type DatePrecision } from '../partial-date';

type Dated = { date: Date | null; precision: DatePrecision | null };

/** "10 November 1921 – 26 January 1944", "1916 – ?": only what the sources give; null when neither. */
export function lifeDates(birth: Dated, death: Dated, locale: string): string | null {
  if (!birth.date && !death.date) return null;
  const one = ({ date, precision }: Dated) => (date ? formatPartialDate(date, precision ?? 'DAY', locale) : '?');
  return `${one(birth)} – ${one(death)}`;
}

/** The first paragraph of a biography, cut at a word near `max` characters. */
export function firstLines(text: string | null | undefined, max = 220): string | null {
  const paragraph = text?.split('\n\n')[0]?.trim();
  if (!paragraph) return null;
  if (paragraph.length <= max) return paragraph;
  const cut = paragraph.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/** The portrait's JPEG nearest 1024 pixels wide: large enough for a preview, small to fetch. */
export function sharePortrait(portrait: { jpeg: { url: string; width: number; height: number }[] } | null) {
  if (!portrait || portrait.jpeg.length === 0) return null;
  return portrait.jpeg.find((file) => file.width >= 1000) ?? portrait.jpeg.at(-1)!;
}

export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;
// One family per subset: the renderer keeps one font per name and weight, and falls back from
// family to family for letters the first lacks.
export const SHARE_CARD_FONT_FAMILY = "'Noto Serif latin', 'Noto Serif cyrillic', 'Noto Serif cyrillic-ext'";

// Noto Serif, the site's typeface, in the three subsets that cover Russian and Tajik names. The
// card renderer reads WOFF (not WOFF2), which @fontsource ships beside the WOFF2 the pages use.
let fonts: Promise<{ name: string; data: ArrayBuffer; weight: 700 | 400; style: 'normal' }[]> | null = null;
export function shareCardFonts() {
  fonts ??= Promise.all(
    (['latin', 'cyrillic', 'cyrillic-ext'] as const).flatMap((subset) =>
      ([700, 400] as const).map(async (weight) => {
        const file = path.join(
          process.cwd(),
          'node_modules',
          '@fontsource',
          'noto-serif',
          'files',
          `noto-serif-${subset}-${weight}-normal.woff`,
        );
        const data = await readFile(file);
        return {
          name: `Noto Serif ${subset}`,
          data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
          weight,
          style: 'normal' as const,
        };
      }),
    ),
  );
  return fonts;
}
