// A source as a reader (and a printed page) should meet it: what it is called, who published it,
// when, on which site, and where to find it. Pages render these parts; they do not pick a
// source's fields apart themselves.
import type { Locale } from '../i18n/locale';

export type SourceFields = {
  url: string | null;
  title: string | null;
  publisher: string | null;
  year: number | null;
  archiveFond?: string | null;
  archiveOpis?: string | null;
  archiveDelo?: string | null;
};

export type FormattedSource = {
  /** The source's own title, in its own language (`lang`): never replaced by a translation. */
  title: string | null;
  publisher: string | null;
  /** The year, as a string in the reader's numerals. */
  date: string | null;
  /** The site's name from its address ("gtn-pravda.ru"), unless the publisher already says it. */
  site: string | null;
  url: string | null;
  /** An archive reference, "fond 33, opis 682524, delo 123", in the reader's language. */
  archive: string | null;
  /** What to show when a source has no title: its site, else its address. */
  heading: string;
  /** The language of the title, from its letters (see titleLanguage); null without a title. */
  lang: Locale | null;
};

const ARCHIVE_WORDS: Record<string, { fond: string; opis: string; delo: string }> = {
  en: { fond: 'fond', opis: 'opis', delo: 'delo' },
  ru: { fond: 'фонд', opis: 'опись', delo: 'дело' },
  tg: { fond: 'фонд', opis: 'рӯйхат', delo: 'парванда' },
};

/** The host of an address without "www.", or null when it is not a web address. */
export function siteName(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The language a title (or a publisher's name) is written in, read from its letters: the fact
 * sheet and the proposal form do not record it. Letters only Tajik has make it Tajik, other
 * Cyrillic Russian, Latin English: every Latin-script title in the archive so far is English. A
 * title in another Latin-script language (Uzbek, Italian) would be mislabelled; when one comes,
 * the language becomes a column of Source.
 */
export function titleLanguage(text: string | null | undefined): Locale | null {
  if (!text) return null;
  if (/[ғӣқӯҳҷҒӢҚӮҲҶ]/u.test(text)) return 'tg';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/[A-Za-z]/.test(text)) return 'en';
  return null;
}

/**
 * True when the title is followed by its translation for this reader: a title in another language
 * than the reader's. English readers get none, as English is the record's own column and the
 * archive keeps no English translations.
 */
export function showsTranslatedTitle(source: Pick<FormattedSource, 'title' | 'lang'>, reader: Locale): boolean {
  return Boolean(source.title) && source.lang !== null && source.lang !== reader && reader !== 'en';
}

/**
 * A web address or a site's name ("cccp.tj", "stalingrad.vpravda.ru"): it names a source in no
 * language, so it is shown as it is and not translated.
 */
export function isAddressOrSite(label: string): boolean {
  return /^(https?:\/\/\S+|[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?)$/i.test(label.trim());
}

export function formatSource(source: SourceFields, locale: string): FormattedSource {
  const site = siteName(source.url);
  const publisher = source.publisher?.trim() || null;
  const words = ARCHIVE_WORDS[locale] ?? ARCHIVE_WORDS.en!;
  const archiveParts = [
    source.archiveFond && `${words.fond} ${source.archiveFond}`,
    source.archiveOpis && `${words.opis} ${source.archiveOpis}`,
    source.archiveDelo && `${words.delo} ${source.archiveDelo}`,
  ].filter(Boolean);
  // A year is shown without grouping ("2020", not "2,020").
  const date = source.year
    ? new Intl.NumberFormat(locale === 'tg' ? 'ru' : locale, { useGrouping: false }).format(source.year)
    : null;
  const title = source.title?.trim() || null;
  return {
    title,
    publisher,
    date,
    site: site && !(publisher && publisher.toLowerCase().includes(site.toLowerCase())) ? site : null,
    url: source.url,
    archive: archiveParts.length > 0 ? archiveParts.join(', ') : null,
    heading: title ?? site ?? source.url ?? archiveParts.join(', '),
    lang: titleLanguage(title),
  };
}
