import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { cache } from 'react';
import { notFoundMetadata } from '@/lib/i18n/metadata';
import { SHARE_CARD_SIZE, firstLines, lifeDates, sharePortrait } from '@/lib/heroes/share';
import { languageAlternates, toLocale } from '@/lib/i18n/locale';
import { getCachedHero, staticSlugParams } from '@/lib/heroes/cached';
import { displayName } from '@/lib/heroes/names';
import { heroJsonLd } from '@/lib/heroes/json-ld';
import { SlugSchema } from '@/lib/heroes/schemas';
import { awardTerm } from '@/lib/i18n/glossary';
import { profileOf, textsFor, type ProfileSection } from './_sections/profile';
import { ProfileHeader } from './_sections/header';
import { Biography } from './_sections/biography';
import { Life } from './_sections/life';
import { Names } from './_sections/names';
import { Service } from './_sections/service';
import { Deed } from './_sections/deed';
import { Award } from './_sections/award';
import { Places } from './_sections/places';
import { Memorials } from './_sections/memorials';
import { NotYetKnown } from './_sections/not-yet-known';
import { Gallery, Memories } from './_sections/media';
import { Membership } from './_sections/membership';
import { Sources } from './_sections/sources';
import { ExternalLinks } from './_sections/external-links';
import { Disagreements } from './_sections/disagreements';
import { Completeness } from './_sections/completeness';
import { PrintColophon } from './_sections/print-colophon';

export function generateStaticParams() {
  return staticSlugParams();
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

type Props = { params: Promise<{ locale: string; slug: string }> };

// generateMetadata and the page ask for the same hero: read it once per request.
const loadHero = cache(async (slug: string) => (SlugSchema.safeParse(slug).success ? getCachedHero(slug) : null));

/** The profile's sections below its heading, in order: adding one is adding its line here. */
const SECTIONS: ProfileSection[] = [
  Biography,
  Life,
  Names,
  Service,
  Deed,
  Award,
  Places,
  Memorials,
  NotYetKnown,
  Gallery,
  Memories,
  Membership,
  Sources,
  ExternalLinks,
  Disagreements,
  Completeness,
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const hero = await loadHero(slug);
  if (!hero) return notFoundMetadata(locale);
  const reader = toLocale(locale);
  const name = displayName(hero, locale);
  const { biography } = textsFor(hero, reader);
  const dates = lifeDates(
    { date: hero.birthDate, precision: hero.birthDatePrecision },
    { date: hero.deathDate, precision: hero.deathDatePrecision },
    locale,
  );
  const award = awardTerm('HERO_OF_THE_SOVIET_UNION', reader);
  const summary = firstLines(biography?.value) ?? `${name}, ${award}`;
  const shareTitle = dates ? `${name} (${dates})` : name;
  // The approved portrait when there is one, else the card drawn by ./card.png. Relative addresses
  // become absolute from SITE_URL (metadataBase in the layout), never from the request's Host.
  const portrait = sharePortrait(hero.portrait);
  const image = portrait
    ? { url: portrait.url, width: portrait.width, height: portrait.height, alt: name }
    : { url: `/${locale}/heroes/${hero.slug}/card.png`, ...SHARE_CARD_SIZE, alt: name };
  return {
    title: `${name}, ${award}`,
    description: biography?.value.split('\n\n')[0]?.slice(0, 300) ?? summary,
    alternates: { canonical: `/${locale}/heroes/${hero.slug}`, ...languageAlternates(`/heroes/${hero.slug}`) },
    openGraph: {
      type: 'profile',
      title: shareTitle,
      description: summary,
      url: `/${locale}/heroes/${hero.slug}`,
      locale,
      images: [image],
    },
    twitter: {
      card: portrait ? 'summary' : 'summary_large_image',
      title: shareTitle,
      description: summary,
      images: [image.url],
    },
  };
}

export default async function HeroPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const hero = await loadHero(slug);
  if (!hero) notFound();
  const profile = profileOf(hero, locale, toLocale(locale));
  const jsonLd = heroJsonLd(hero, locale, {
    award: awardTerm('HERO_OF_THE_SOVIET_UNION', profile.reader)!,
    description: profile.biography?.value.split('\n\n')[0] ?? '',
  });
  return (
    <article className="profile" itemScope itemType="https://schema.org/Person">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ProfileHeader profile={profile} />
      {SECTIONS.map((Section, index) => (
        <Section key={index} profile={profile} />
      ))}
      <PrintColophon profile={profile} />
    </article>
  );
}
