import { getTranslations } from 'next-intl/server';
import { externalLinks } from '@/lib/exports/external-ids';

type Ids = Parameters<typeof externalLinks>[0];

/** The Hero's records in other archives, when the archive knows their ids. */
export async function ExternalLinks({ hero }: { hero: Ids }) {
  const links = externalLinks(hero);
  if (links.length === 0) return null;
  const t = await getTranslations('openData');
  const tn = await getTranslations('nameForms');
  return (
    <section aria-labelledby="other-archives">
      <h2 id="other-archives">{t('otherArchives')}</h2>
      <ul className="external-links">
        {links.map((link) => (
          <li key={link.kind}>
            <a href={link.url} rel="noopener" data-external-id={link.kind}>
              {link.label}: {link.id}
            </a>
            {!link.confirmed && (
              <>
                {' '}
                <span className="muted" data-unconfirmed={link.kind}>
                  ({tn('possibleMatch')})
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
