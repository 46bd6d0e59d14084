// A place's short name in the reader's language, as of the war years and today, from its names
// through time (PlaceName) and, failing those, the record's own wording and its translations. Pure:
// pages, tables and map captions call it with the gazetteer they read.
import { FALLBACKS, type LocalizedText, type TextBook } from '../i18n/texts';
import type { Locale } from '../i18n/locale';
import type { PlaceNameView } from './queries';

export type NamedPlace = { id: string; name: string; nameToday: string | null; names: readonly PlaceNameView[] };
export type PlaceLabel = { value: string; lang: Locale; isFallback: boolean };

const year = (value: string | null) => (value ? Number(value.slice(0, 4)) : null);

/** A historical name whose years (if given) overlap 1941–1945. */
function inWarYears(name: PlaceNameView): boolean {
  const from = year(name.validFrom);
  const to = year(name.validTo);
  return (from === null || from <= 1945) && (to === null || to >= 1941);
}

/**
 * The name it bore in the war years, short: a historical name of that time (one whose years meet
 * 1941–1945 before an undated one); if the place was never renamed, its official name; for an
 * English reader, the record's own wording. Each language of the reader's fallback order is tried
 * in turn, so a Tajik reader gets "Чкаловск" from the Russian names rather than a sentence. Only
 * when no language has a name does the record's wording (translated where it is) stand in.
 */
export function nameThen(place: NamedPlace, locale: Locale, book: TextBook): PlaceLabel {
  const renamed = place.names.some((n) => n.kind === 'HISTORICAL');
  // An undated historical name may be a later one ("Spataevo", named after the Hero): where a
  // source's own wording of the place exists, it is tried only after that wording.
  const hasSourceWording = place.names.some((n) => n.kind === 'AS_IN_SOURCE');
  const undated = (lang: Locale) =>
    place.names.find(
      (n) => n.language === lang && n.kind === 'HISTORICAL' && n.validFrom === null && n.validTo === null,
    );
  for (const lang of FALLBACKS[locale]) {
    const dated = place.names.find(
      (n) =>
        n.language === lang && n.kind === 'HISTORICAL' && (n.validFrom !== null || n.validTo !== null) && inWarYears(n),
    );
    const official = renamed
      ? undefined
      : place.names.find((n) => n.language === lang && n.kind === 'OFFICIAL' && n.validTo === null);
    const value =
      dated?.value ??
      (hasSourceWording ? undefined : undated(lang)?.value) ??
      official?.value ??
      (lang === 'en' && locale === 'en' ? place.name : undefined);
    if (value) return { value, lang, isFallback: lang !== locale };
  }
  for (const lang of FALLBACKS[locale]) {
    const value =
      place.names.find((n) => n.language === lang && n.kind === 'AS_IN_SOURCE')?.value ?? undated(lang)?.value;
    if (value) return { value, lang, isFallback: lang !== locale };
  }
  const wording = book.text({ entity: 'Place', entityId: place.id, field: 'name' }, place.name, locale);
  return wording?.lang
    ? { value: wording.value, lang: wording.lang, isFallback: wording.isFallback }
    : { value: place.name, lang: 'en', isFallback: locale !== 'en' };
}

/**
 * Its name today: an official name still in use or the record's "today" in the reader's language.
 * A place never renamed that has neither is called today what it was called then, in the
 * reader's language; otherwise the other languages are tried in turn. Null when nobody recorded one.
 */
export function nameNow(place: NamedPlace, locale: Locale, book: TextBook): PlaceLabel | null {
  const inLanguage = (lang: Locale) => {
    const official = place.names.find((n) => n.language === lang && n.kind === 'OFFICIAL' && n.validTo === null);
    return (
      official?.value ??
      (place.nameToday
        ? book.value({ entity: 'Place', entityId: place.id, field: 'nameToday' }, place.nameToday, lang)?.value
        : undefined)
    );
  };
  const own = inLanguage(locale);
  if (own) return { value: own, lang: locale, isFallback: false };
  if (!place.names.some((n) => n.kind === 'HISTORICAL') && !place.nameToday)
    return place.names.length > 0 ? nameThen(place, locale, book) : null;
  for (const lang of FALLBACKS[locale]) {
    const value = inLanguage(lang);
    if (value) return { value, lang, isFallback: lang !== locale };
  }
  return null;
}

/**
 * Kinds whose name names the very thing the record's wording does. An area, a height, a crossing, a
 * cemetery or a memorial is worded with what its name alone would drop ("near the village of…",
 * "mass grave in…"), and the name would make the page surer than its source.
 */
const NAMED_KINDS: ReadonlySet<string> = new Set(['SETTLEMENT', 'DISTRICT', 'REGION', 'REPUBLIC', 'COUNTRY']);

/**
 * How a Hero's list of places names a place (then, or today): the record's wording, in the
 * reader's language where it has been translated; but for a settlement, district, region, republic
 * or country whose gazetteer name (nameThen, nameNow) is in a language the reader reads before the
 * wording's, that name, as the place's own page gives it: a Russian reader meets "Ленинград", not
 * "Leningrad" and a link asking for a translation.
 */
export function placeWording(
  wording: LocalizedText | null,
  named: PlaceLabel | null,
  kind: string | null,
  locale: Locale,
): LocalizedText | null {
  if (!wording || wording.lang === null || !named || !kind || !NAMED_KINDS.has(kind)) return wording;
  const rank = (lang: Locale) => FALLBACKS[locale].indexOf(lang);
  if (rank(named.lang) >= rank(wording.lang)) return wording;
  return { value: named.value, lang: named.lang, status: 'SOURCE', isFallback: named.isFallback, ref: wording.ref };
}
