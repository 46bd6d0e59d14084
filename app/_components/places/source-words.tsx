// The sources' own words inside the Places list and the life in time (a date "in autumn 1943",
// a source's title, where a point comes from): in the reader's language when the record holds a
// translation, otherwise as written and marked with the language they are written in.
import type { HeroProfile } from '@/lib/heroes/queries';
import { titleLanguage } from '@/lib/heroes/source-format';
import type { Locale } from '@/lib/i18n/locale';
import type { TextBook } from '@/lib/i18n/texts';
import { Localized } from '../localized';

export function SourceWords({
  text,
  hero,
  book,
  locale,
}: {
  text: string;
  hero: HeroProfile;
  book: TextBook;
  locale: Locale;
}) {
  // The only date in words a record holds is its feat's; it is translated like any record text.
  if (text === hero.featDateText) {
    const translated = book.text({ entity: 'Hero', entityId: hero.id, field: 'featDateText' }, text, locale);
    if (translated) return <Localized text={translated} slug={hero.slug} />;
  }
  return <span lang={titleLanguage(text) ?? undefined}>{text}</span>;
}
