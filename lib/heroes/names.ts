// How a hero's name is written for a reader: full names where known, initials otherwise.
export type NameParts = {
  surnameRu: string;
  givenRu: string | null;
  patronymicRu: string | null;
  givenInitialRu: string | null;
  patronymicInitialRu: string | null;
  surnameEn: string;
  givenEn: string | null;
  givenInitialEn: string | null;
  /** The Tajik Cyrillic form, only where a source gives it. */
  fullNameTg?: string | null;
};

// A Tajik reader reads Cyrillic: the Tajik form where a source gives one, else the Russian form
// (never a Tajik form made up by transliteration).
export function displayName(hero: NameParts, locale: string): string {
  if (locale === 'tg' && hero.fullNameTg) return hero.fullNameTg;
  if (locale === 'ru' || locale === 'tg') {
    return [hero.givenRu ?? hero.givenInitialRu, hero.patronymicRu, hero.surnameRu].filter(Boolean).join(' ');
  }
  return [hero.givenEn ?? hero.givenInitialEn, hero.surnameEn].filter(Boolean).join(' ');
}

/** "Недошивин Вениамин" / "Nedoshivin, Veniamin": surname first, for sorted lists. */
export function sortName(hero: NameParts, locale: string): string {
  if (locale === 'ru' || locale === 'tg') {
    const rest = [hero.givenRu ?? hero.givenInitialRu, hero.patronymicRu ?? hero.patronymicInitialRu].filter(Boolean).join(' ');
    return rest ? `${hero.surnameRu} ${rest}` : hero.surnameRu;
  }
  const given = hero.givenEn ?? hero.givenInitialEn;
  return given ? `${hero.surnameEn}, ${given}` : hero.surnameEn;
}

/** The fields displayName needs, for any query that shows a Hero's name. */
export const heroNameSelect = {
  slug: true,
  surnameRu: true,
  givenRu: true,
  patronymicRu: true,
  givenInitialRu: true,
  patronymicInitialRu: true,
  surnameEn: true,
  givenEn: true,
  givenInitialEn: true,
  fullNameTg: true,
} as const;

/** The name a proposal is about: the Hero's, or for a proposed new Hero, the proposed one. */
export function proposalName(item: { hero: NameParts | null; payload?: unknown }, locale: string): string {
  if (item.hero) return displayName(item.hero, locale);
  const p = (item.payload ?? {}) as Partial<Record<keyof NameParts, string | null>>;
  return displayName(
    {
      surnameRu: p.surnameRu ?? '', givenRu: p.givenRu ?? null, patronymicRu: p.patronymicRu ?? null, givenInitialRu: null,
      patronymicInitialRu: null, surnameEn: p.surnameEn ?? '', givenEn: p.givenEn ?? null, givenInitialEn: null,
    },
    locale,
  );
}
