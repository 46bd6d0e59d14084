// The picture a shared link to a profile shows when the Hero has no approved portrait: the name,
// the dates and the star, drawn as a PNG (next/og). The words come through lib/, like the page's.
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { getCachedHero } from '@/lib/heroes/cached';
import { displayName } from '@/lib/heroes/names';
import { SlugSchema } from '@/lib/heroes/schemas';
import { SHARE_CARD_FONT_FAMILY, SHARE_CARD_SIZE, lifeDates, shareCardFonts } from '@/lib/heroes/share';
import { awardTerm } from '@/lib/i18n/glossary';
import { toLocale } from '@/lib/i18n/locale';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const hero = isLocale(locale) && SlugSchema.safeParse(slug).success ? await getCachedHero(slug) : null;
  if (!hero)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const t = await getTranslations({ locale, namespace: 'site' });
  const dates = lifeDates(
    { date: hero.birthDate, precision: hero.birthDatePrecision },
    { date: hero.deathDate, precision: hero.deathDatePrecision },
    locale,
  );
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fbfaf7',
        color: '#1d1d1f',
        fontFamily: SHARE_CARD_FONT_FAMILY,
        borderTop: '16px solid #8e1b1b',
      }}
    >
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 24,
          fontSize: 32,
          color: '#8e1b1b',
          textTransform: 'uppercase',
          letterSpacing: 3,
        }}
      >
        <svg width="64" height="64" viewBox="0 0 24 24">
          <path
            fill="#8e1b1b"
            d="M12 1.5l3.09 6.91 7.41.69-5.6 4.95 1.64 7.35L12 17.6l-6.54 3.8 1.64-7.35L1.5 9.1l7.41-.69z"
          />
        </svg>
        {awardTerm('HERO_OF_THE_SOVIET_UNION', toLocale(locale))}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
        <div style={{ fontSize: 80, fontWeight: 700, lineHeight: 1.1 }}>{displayName(hero, locale)}</div>
        {dates && <div style={{ fontSize: 40, color: '#595c61' }}>{dates}</div>}
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#595c61' }}>{`${t('name')} · ${t('tagline')}`}</div>
    </div>,
    {
      ...SHARE_CARD_SIZE,
      fonts: await shareCardFonts(),
      // The card changes only when the name or dates do; a day is short enough for a correction.
      headers: { 'cache-control': 'public, max-age=86400' },
    },
  );
}
