// What the pages of a unit and of a battle share: the record found by its slug (a malformed one is
// not found, without a query), its texts in the reader's language, and its name as the page's title
// and heading.
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { SlugSchema } from '@/lib/heroes/schemas';
import { toLocale } from '@/lib/i18n/locale';
import { notFoundMetadata, pageMetadata } from '@/lib/i18n/metadata';
import { TextBook, type LocalizedText, type TranslationRow } from '@/lib/i18n/texts';

type NamedRecord = { id: string; name: string; texts: readonly TranslationRow[] };

export type SlugProps = { params: Promise<{ locale: string; slug: string }> };

async function findBySlug<T>(slug: string, get: (slug: string) => Promise<T | null>): Promise<T | null> {
  return SlugSchema.safeParse(slug).success ? get(slug) : null;
}

export async function openRecord<T>(
  params: SlugProps['params'],
  get: (slug: string) => Promise<T | null>,
): Promise<{ locale: string; record: T }> {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const record = await findBySlug(slug, get);
  if (!record) notFound();
  return { locale, record };
}

/** The page's texts in the reader's language: `text(entity, id, field, english)`. */
export function readTexts(texts: readonly TranslationRow[], locale: string) {
  const book = new TextBook(texts);
  const text = (entity: string, entityId: string, field: string, english: string | null) =>
    book.text({ entity, entityId, field }, english, toLocale(locale));
  return { book, text };
}

export function recordMetadataOf(
  get: (slug: string) => Promise<NamedRecord | null>,
  kind: { entity: 'Unit'; page: 'unit' } | { entity: 'Battle'; page: 'battle' },
) {
  return async ({ params }: SlugProps) => {
    const { locale, slug } = await params;
    const record = await findBySlug(slug, get);
    if (!record) return notFoundMetadata(locale);
    const name = readTexts(record.texts, locale).text(kind.entity, record.id, 'name', record.name)!.value;
    return pageMetadata(locale, kind.page, { name });
  };
}

export function RecordHeading({ name }: { name: LocalizedText }) {
  return (
    <h1
      lang={name.lang ?? undefined}
      data-status={name.status}
      className={name.status === 'DRAFT' ? 'draft' : undefined}
    >
      {name.value}
    </h1>
  );
}
