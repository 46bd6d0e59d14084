// A Hero's ids in the other archives: how each is written, where it links, and how a search
// query is recognised as one. One table so the profile, JSON-LD, search and import agree.
export const EXTERNAL_ID_KINDS = ['wikidata', 'warheroes', 'pamyatNaroda', 'podvigNaroda'] as const;
export type ExternalIdKind = (typeof EXTERNAL_ID_KINDS)[number];

/** The Hero column of each kind. */
export const EXTERNAL_ID_COLUMNS = {
  wikidata: 'wikidataId',
  warheroes: 'warheroesId',
  pamyatNaroda: 'pamyatNarodaId',
  podvigNaroda: 'podvigNarodaId',
} as const satisfies Record<ExternalIdKind, string>;

export const EXTERNAL_ID_PATTERNS: Record<ExternalIdKind, RegExp> = {
  wikidata: /^Q[1-9]\d{0,11}$/,
  warheroes: /^[1-9]\d{0,11}$/,
  pamyatNaroda: /^[1-9]\d{0,14}$/,
  podvigNaroda: /^[1-9]\d{0,14}$/,
};

const EXTERNAL_ID_LABELS: Record<ExternalIdKind, string> = {
  wikidata: 'Wikidata',
  warheroes: 'Герои страны (warheroes.ru)',
  pamyatNaroda: 'Память народа',
  podvigNaroda: 'Подвиг народа',
};

export function externalIdUrl(kind: ExternalIdKind, id: string): string {
  const value = encodeURIComponent(id);
  switch (kind) {
    case 'wikidata':
      return `https://www.wikidata.org/wiki/${value}`;
    case 'warheroes':
      return `https://warheroes.ru/hero/hero.asp?Hero_id=${value}`;
    case 'pamyatNaroda':
      return `https://pamyat-naroda.ru/heroes/person-hero${value}/`;
    case 'podvigNaroda':
      return `https://podvignaroda.ru/?#id=${value}&tab=navDetailManAward`;
  }
}

type WithIds = {
  wikidataId: string | null;
  warheroesId: string | null;
  pamyatNarodaId: string | null;
  podvigNarodaId: string | null;
  unconfirmedIds?: readonly string[];
};

/** The links of a Hero's known ids, in table order; `confirmed` is false for a possible match. */
export function externalLinks(
  hero: WithIds,
): { kind: ExternalIdKind; id: string; url: string; label: string; confirmed: boolean }[] {
  return EXTERNAL_ID_KINDS.flatMap((kind) => {
    const id = hero[EXTERNAL_ID_COLUMNS[kind]];
    const confirmed = !hero.unconfirmedIds?.includes(kind);
    return id ? [{ kind, id, url: externalIdUrl(kind, id), label: EXTERNAL_ID_LABELS[kind], confirmed }] : [];
  });
}

/**
 * A search query that is an id of another archive: "Q12345", a warheroes.ru or Pamyat Naroda
 * address, or "warheroes:123". A bare number is tried against every numeric kind.
 */
export function parseExternalIdQuery(query: string): { kind: ExternalIdKind; id: string }[] {
  const q = query.trim();
  const wikidata = /^(?:https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/)?(Q[1-9]\d{0,11})$/i.exec(q);
  if (wikidata) return [{ kind: 'wikidata', id: wikidata[1]!.toUpperCase() }];
  const warheroes =
    /warheroes\.ru\/hero\/hero\.asp\?hero_id=([1-9]\d{0,11})/i.exec(q) ?? /^warheroes:\s*([1-9]\d{0,11})$/i.exec(q);
  if (warheroes) return [{ kind: 'warheroes', id: warheroes[1]! }];
  const pamyat =
    /pamyat-naroda\.ru\/heroes\/person-hero([1-9]\d{0,14})/i.exec(q) ??
    /^pamyat(?:-?naroda)?:\s*([1-9]\d{0,14})$/i.exec(q);
  if (pamyat) return [{ kind: 'pamyatNaroda', id: pamyat[1]! }];
  const podvig =
    /podvignaroda\.ru\/\?#id=([1-9]\d{0,14})/i.exec(q) ?? /^podvig(?:-?naroda)?:\s*([1-9]\d{0,14})$/i.exec(q);
  if (podvig) return [{ kind: 'podvigNaroda', id: podvig[1]! }];
  if (/^[1-9]\d{0,14}$/.test(q))
    return (['warheroes', 'pamyatNaroda', 'podvigNaroda'] as const).map((kind) => ({ kind, id: q }));
  return [];
}
