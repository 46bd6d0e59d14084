// What every section of the profile reads: the record, the reader's language, the record's texts in
// it, and which facts are shown and which are not yet known (lib/heroes/profile-facts.ts).
import type { ReactNode } from 'react';
import type { getCachedHero } from '@/lib/heroes/cached';
import { profileFacts, type ProfileFacts } from '@/lib/heroes/profile-facts';
import type { Locale } from '@/lib/i18n/locale';
import { TextBook, type LocalizedText } from '@/lib/i18n/texts';

/** The record as the profile reads it: its facts, texts, portrait, pictures and family memories. */
export type ProfileHero = NonNullable<Awaited<ReturnType<typeof getCachedHero>>>;

type Own = Partial<Record<Locale, string | null>>;
type TextOf = (
  entity: string,
  entityId: string,
  field: string,
  english: string | null | undefined,
  own?: Own,
) => LocalizedText | null;

export type Profile = {
  hero: ProfileHero;
  locale: string;
  reader: Locale;
  /** `text(entity, id, field, english)`: one of the record's texts for this reader. */
  text: TextOf;
  /** A text of the Hero row itself. */
  heroText: (field: string, english: string | null | undefined) => LocalizedText | null;
  biography: LocalizedText | null;
  /** The Hero of the Soviet Union award, if the record holds it. */
  title: ProfileHero['awards'][number] | undefined;
  facts: ProfileFacts;
};

/** One section of the profile: a server component given the profile. */
export type ProfileSection = (props: { profile: Profile }) => Promise<ReactNode> | ReactNode;

/** The record's texts for a reader of `locale`. */
export function textsFor(hero: ProfileHero, reader: Locale) {
  const book = new TextBook(hero.texts);
  const text: TextOf = (entity, entityId, field, english, own) =>
    book.text({ entity, entityId, field }, english, reader, own);
  const biography = text('Hero', hero.id, 'biography', hero.biographyEn, { ru: hero.biographyRu });
  return { text, biography };
}

export function profileOf(hero: ProfileHero, locale: string, reader: Locale): Profile {
  const { text, biography } = textsFor(hero, reader);
  const heroText = (field: string, english: string | null | undefined) => text('Hero', hero.id, field, english);
  const title = hero.awards.find((award) => award.kind === 'HERO_OF_THE_SOVIET_UNION');
  const valueOf = (field: string, english: string | null) => heroText(field, english)?.value ?? null;
  const facts = profileFacts({
    isStub: hero.completeness.isStub,
    birthDate: hero.birthDate,
    deathDate: hero.deathDate,
    killedInAction: hero.killedInAction,
    birthPlace: hero.birthPlace,
    deathPlace: hero.deathPlace,
    burialPlace: hero.burialPlace,
    featDate: hero.featDate,
    serviceCount: hero.services.length,
    battleCount: hero.battles.length,
    title: title ?? null,
    texts: {
      biography: biography?.value ?? null,
      nationality: valueOf('nationality', hero.nationality),
      rankAtFeat: valueOf('rankAtFeat', hero.rankAtFeat),
      role: valueOf('role', hero.role),
      featDateText: valueOf('featDateText', hero.featDateText),
      featPlace: valueOf('featPlace', hero.featPlace),
    },
  });
  return { hero, locale, reader, text, heroText, biography, title, facts };
}
