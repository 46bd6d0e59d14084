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
  /** The Tajik Cyrillic form: a source's, the archive's transliteration, or a family's. */
  fullNameTg?: string | null;
};

// A Tajik reader reads Cyrillic: the Tajik form where the record has one (the page says when it
// is a transliteration rather than a source's spelling), else the Russian form. The heading, the
// list and the Tajik biography all use this one form.
export function displayName(hero: NameParts, locale: string): string {
  if (locale === 'tg' && hero.fullNameTg) return hero.fullNameTg;
  if (locale === 'ru' || locale === 'tg') {
    return [hero.givenRu ?? hero.givenInitialRu, hero.patronymicRu, hero.surnameRu].filter(Boolean).join(' ');
  }
  return [hero.givenEn ?? hero.givenInitialEn, hero.surnameEn].filter(Boolean).join(' ');
}

/** "Недошивин Вениамин" / "Nedoshivin, Veniamin": surname first, for sorted lists. */
export function sortName(hero: NameParts, locale: string): string {
  if (locale === 'tg' && hero.fullNameTg) {
    // "Раҳимбой Раҳматов" -> "Раҳматов Раҳимбой": the surname is the form's last word.
    const words = hero.fullNameTg.trim().split(/\s+/);
    return words.length > 1 ? `${words.at(-1)} ${words.slice(0, -1).join(' ')}` : words[0]!;
  }
  if (locale === 'ru' || locale === 'tg') {
    const rest = [hero.givenRu ?? hero.givenInitialRu, hero.patronymicRu ?? hero.patronymicInitialRu]
      .filter(Boolean)
      .join(' ');
    return rest ? `${hero.surnameRu} ${rest}` : hero.surnameRu;
  }
  const given = hero.givenEn ?? hero.givenInitialEn;
  return given ? `${hero.surnameEn}, ${given}` : hero.surnameEn;
}

/**
 * A full given name among the spellings of a record that knows only an initial ("Tuichi Nazarov"
 * for "Nazarov T."): a list outside the 2020 article gives it, no source ties it to him, so the
 * page shows it as a possible name, never as his.
 */
export function isPossibleName(hero: Pick<NameParts, 'givenRu' | 'givenEn'>, value: string): boolean {
  if (hero.givenRu || hero.givenEn) return false;
  const words = value.trim().split(/\s+/);
  return words.length > 1 && words.every((word) => !/^\p{L}\.$/u.test(word) && word.length > 2);
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
      surnameRu: p.surnameRu ?? '',
      givenRu: p.givenRu ?? null,
      patronymicRu: p.patronymicRu ?? null,
      givenInitialRu: null,
      patronymicInitialRu: null,
      surnameEn: p.surnameEn ?? '',
      givenEn: p.givenEn ?? null,
      givenInitialEn: null,
    },
    locale,
  );
}
