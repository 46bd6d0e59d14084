// A record's texts in the reader's language. English is the record's own column (the fact sheet's
// wording); Russian and Tajik come from Translation rows, each with what it is (the source's
// wording, a reviewed translation, a draft). Where the reader's language has no value, the nearest
// language that has one is shown, and says so: the page marks it with its lang and a link to
// translate it.
import type { Locale } from './locale';

export type TextStatus = 'SOURCE' | 'REVIEWED' | 'DRAFT';

export type TranslationRow = {
  entity: string;
  entityId: string;
  field: string;
  locale: string;
  value: string | null;
  /** The English the value translates; a value translating other English than today's is stale. */
  sourceText?: string | null;
  status: TextStatus;
};

export type LocalizedText = {
  value: string;
  /** The language the value is in; null for text with no language (digits and dates). */
  lang: Locale | null;
  status: TextStatus;
  /** True when the value is not in the reader's language. */
  isFallback: boolean;
  ref: TextRefKey;
};

export type TextRefKey = { entity: string; entityId: string; field: string };

/** Which languages stand in, in order, when the reader's has no value: Tajik readers read Russian. */
export const FALLBACKS: Record<Locale, readonly Locale[]> = {
  en: ['en', 'ru', 'tg'],
  ru: ['ru', 'en', 'tg'],
  tg: ['tg', 'ru', 'en'],
};

/** Text with no words in any language ("1944-01-27", "1941-1944"): shown as it is everywhere. */
export function isLanguageNeutral(text: string): boolean {
  return /^[\d\s\-–—/.,:;()?№#]+$/u.test(text);
}

const keyOf = (entity: string, entityId: string, field: string, locale: string) =>
  `${entity}\u0000${entityId}\u0000${field}\u0000${locale}`;

export class TextBook {
  private readonly rows = new Map<string, TranslationRow>();

  constructor(rows: readonly TranslationRow[]) {
    for (const row of rows) this.rows.set(keyOf(row.entity, row.entityId, row.field, row.locale), row);
  }

  /** The value and status of one language, or null when that language has none. */
  value(
    ref: TextRefKey,
    english: string | null | undefined,
    locale: Locale,
    own?: Partial<Record<Locale, string | null>>,
  ): { value: string; status: TextStatus } | null {
    const found = this.rows.get(keyOf(ref.entity, ref.entityId, ref.field, locale));
    // A translation of English the record no longer holds would show a fact it no longer states.
    const row = found && found.sourceText && english && found.sourceText !== english ? undefined : found;
    const column = locale === 'en' ? english : own?.[locale];
    const value = row?.value ?? column ?? null;
    if (!value) return null;
    return { value, status: row?.status ?? 'SOURCE' };
  }

  /** The text for a reader of `locale`: in that language if there is one, else the nearest that exists. */
  text(
    ref: TextRefKey,
    english: string | null | undefined,
    locale: Locale,
    own?: Partial<Record<Locale, string | null>>,
  ): LocalizedText | null {
    if (english && isLanguageNeutral(english))
      return { value: english, lang: null, status: 'SOURCE', isFallback: false, ref };
    for (const candidate of FALLBACKS[locale]) {
      const found = this.value(ref, english, candidate, own);
      if (found) return { ...found, lang: candidate, isFallback: candidate !== locale, ref };
    }
    return null;
  }
}
