// The sources, as sources read: title (and its translation), publisher, date, site, archive, the
// address as the link, and what each one supports.
import { getTranslations } from 'next-intl/server';
import { siteOrigin } from '@/lib/env';
import { formatSource, showsTranslatedTitle, titleLanguage } from '@/lib/heroes/source-format';
import { Localized } from '../../../../_components/localized';
import type { Profile } from './profile';

export async function Sources({ profile: { hero, locale, reader, text } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const tst = await getTranslations('translation.sourceTexts');
  const tm = await getTranslations('media');
  // A source that is a picture in the gallery links to it, and to its large image for print;
  // a picture since taken down is no longer in the gallery and is named without a link.
  const sources = hero.citations
    .map((citation) => ({
      citation,
      source: formatSource(citation.source, locale),
      picture: citation.mediaId ? (hero.media.find((item) => item.id === citation.mediaId) ?? null) : null,
    }))
    .map((entry) => ({
      ...entry,
      translatedTitle:
        !entry.picture && showsTranslatedTitle(entry.source, reader)
          ? text('Source', entry.citation.sourceId, 'title', entry.source.title)
          : null,
      // A publisher named in English is a description, translated; one in another language is kept.
      publisher:
        !entry.picture && titleLanguage(entry.source.publisher) === 'en'
          ? text('Source', entry.citation.sourceId, 'publisher', entry.source.publisher)
          : null,
    }));
  return (
    <section aria-labelledby="sources" className="sources-section">
      <h2 id="sources">{t('sources')}</h2>
      <ol className="sources" data-testid="sources">
        {sources.map(({ citation, source, picture, translatedTitle, publisher }) => (
          <li key={citation.id} className="source" data-testid={picture ? 'picture-source' : undefined}>
            {/* A title is the source's own words, marked with their language; a reader of another
                language also gets it translated, said to be a translation. */}
            {picture ? (
              <>
                <cite className="source-title" lang={picture.captionLanguage}>
                  <a href={`#media-${picture.id}`}>{picture.caption}</a>
                </cite>{' '}
                ({tm(`kinds.${picture.kind}`)})
              </>
            ) : source.title ? (
              <>
                <cite className="source-title" lang={source.lang ?? undefined}>
                  {source.title}
                </cite>
                {translatedTitle &&
                  (translatedTitle.lang === reader ? (
                    <>
                      {' '}
                      <span className="translated-title">
                        ({tst('translatedTitle')}: <Localized text={translatedTitle} slug={hero.slug} />)
                      </span>
                    </>
                  ) : (
                    <Localized text={{ ...translatedTitle, value: '' }} slug={hero.slug} />
                  ))}
              </>
            ) : (
              <span className="source-title">{source.heading}</span>
            )}
            {source.publisher && (
              <>
                ,{' '}
                {publisher ? (
                  <span className="source-publisher">
                    <Localized text={publisher} slug={hero.slug} />
                  </span>
                ) : (
                  <span lang={picture ? undefined : (titleLanguage(source.publisher) ?? undefined)}>
                    {source.publisher}
                  </span>
                )}
              </>
            )}
            {source.date && <>, {source.date}</>}
            {source.title && source.site && <>, {source.site}</>}
            {source.archive && <>, {source.archive}</>}
            {source.url && (
              <div className="source-address">
                <a href={source.url} rel="nofollow noopener">
                  {source.url}
                </a>
              </div>
            )}
            {picture && (
              <div className="source-address">
                <a href={picture.large.url}>{new URL(picture.large.url, siteOrigin()).href}</a>
              </div>
            )}
            <div className="supports">
              <strong>{t('supports')}:</strong>{' '}
              <Localized text={text('Citation', citation.id, 'supports', citation.supports)!} slug={hero.slug} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
