import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { listCachedCandidates } from '@/lib/candidates/cached';
import { toLocale } from '@/lib/i18n/locale';
import { TextBook } from '@/lib/i18n/texts';
import { Localized } from '../../_components/localized';
import { metadataFrom, openPage, type LocaleProps } from '../../_components/page-frame';

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

export const generateMetadata = metadataFrom(
  'unidentified',
  { title: 'title', description: 'description' },
  '/unidentified',
);

export default async function UnidentifiedPage({ params }: LocaleProps) {
  const locale = await openPage(params);
  const t = await getTranslations('unidentified');
  const reader = toLocale(locale);
  const { candidates, texts } = await listCachedCandidates();
  const book = new TextBook(texts);
  const text = (id: string, field: string, english: string | null) =>
    english ? book.text({ entity: 'Candidate', entityId: id, field }, english, reader) : null;
  return (
    <article className="prose unidentified">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('help')}</p>
      {candidates.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ol className="candidates" data-testid="candidates">
          {candidates.map((candidate) => {
            const description = text(candidate.id, 'description', candidate.description);
            const note = text(candidate.id, 'initialNote', candidate.initialNote);
            const evidence = text(candidate.id, 'evidence', candidate.evidence);
            const reason = text(candidate.id, 'reason', candidate.reason);
            return (
              <li key={candidate.id} data-candidate={candidate.id} className="card">
                <h2>
                  {candidate.name ? (
                    <span lang="ru">{candidate.name}</span>
                  ) : description ? (
                    <Localized text={description} />
                  ) : (
                    t('noName')
                  )}
                  {note && (
                    <small className="muted">
                      {' ('}
                      <Localized text={note} />
                      {')'}
                    </small>
                  )}
                </h2>
                <dl>
                  <dt>{t('source')}</dt>
                  <dd>
                    {candidate.sources.map((source, index) => (
                      <span key={source.url}>
                        {index > 0 && ', '}
                        <a href={source.url} rel="noopener">
                          {source.host}
                        </a>
                      </span>
                    ))}
                  </dd>
                  {evidence && (
                    <>
                      <dt>{t('known')}</dt>
                      <dd>
                        <Localized text={evidence} />
                      </dd>
                    </>
                  )}
                  <dt>{t('whyNot')}</dt>
                  <dd data-kind={candidate.kind}>
                    {t(`kinds.${candidate.kind === 'EXCLUDED' ? 'OTHER' : candidate.kind}`)}
                    {reason && (
                      <>
                        {': '}
                        <Localized text={reason} />
                      </>
                    )}
                  </dd>
                </dl>
                <p>
                  <Link href={`/heroes/new?candidate=${encodeURIComponent(candidate.id)}`}>{t('propose')}</Link>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
