// One text of a record in the reader's language (lib/i18n/texts.ts). It carries the language it is
// in (lang), says when it is a draft translation, and, when it is shown in another language
// because the reader's has none yet, offers a link to translate it.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { LocalizedText } from '@/lib/i18n/texts';

export function translateHref(slug: string, text: LocalizedText): string {
  return `/heroes/${slug}/translate?text=${encodeURIComponent(`${text.ref.entity}:${text.ref.entityId}:${text.ref.field}`)}`;
}

export async function Localized({
  text,
  slug,
  block = false,
}: {
  text: LocalizedText;
  slug?: string;
  block?: boolean;
}) {
  const t = await getTranslations('translation');
  const Tag = block ? 'p' : 'span';
  return (
    <>
      <Tag
        lang={text.lang ?? undefined}
        data-status={text.status}
        // Only a draft carries these: an absent prop costs nothing in the page's payload, an undefined one does.
        {...(text.status === 'DRAFT' ? { className: 'draft', title: t('draftTitle') } : {})}
      >
        {text.value}
      </Tag>
      {text.isFallback && slug && (
        <>
          {' '}
          <Link
            className="translate-link"
            href={translateHref(slug, text)}
            data-translate={`${text.ref.entity}:${text.ref.field}`}
          >
            {t('translateThis')}
          </Link>
        </>
      )}
    </>
  );
}
