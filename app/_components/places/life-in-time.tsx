// "A life in time": an ordered list from birth to burial. Each row's <time datetime> is only as
// precise as its sources; the feat and the decree are marked in words as well as by a filled dot;
// the operation's own dates are context, muted and said to be so. Plain HTML and CSS.
import { getTranslations } from 'next-intl/server';
import type { HeroProfile } from '@/lib/heroes/queries';
import { buildLifeInTime, type LifeDate, type LifeEntry } from '@/lib/heroes/life-in-time';
import type { Locale } from '@/lib/i18n/locale';
import type { TextBook } from '@/lib/i18n/texts';
import { DateText } from '../partial-date';
import { Localized } from '../localized';
import { titleLanguage } from '@/lib/heroes/source-format';
import { SourceWords } from './source-words';

export async function LifeInTime({ hero, locale, book }: { hero: HeroProfile; locale: Locale; book: TextBook }) {
  const entries = buildLifeInTime(hero);
  if (entries.length === 0) return null;
  const t = await getTranslations('lifeInTime');
  const text = (ref: { entity: string; entityId: string; field: string }, english: string) =>
    book.text(ref, english, locale);
  const when = (date: LifeDate) =>
    date.text ? (
      date.iso ? (
        <time dateTime={date.iso}>
          <SourceWords text={date.text} hero={hero} book={book} locale={locale} />
        </time>
      ) : (
        <SourceWords text={date.text} hero={hero} book={book} locale={locale} />
      )
    ) : date.iso ? (
      <DateText text={date.iso} locale={locale} />
    ) : null;
  const label = (entry: LifeEntry) =>
    entry.kind === 'death' && hero.killedInAction === true ? t('kinds.fell') : t(`kinds.${entry.kind}`);

  return (
    <section aria-labelledby="life-in-time" className="life-section" data-testid="life-in-time">
      <h2 id="life-in-time">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <ol className="life-list" role="list">
        {entries.map((entry, index) => {
          const what = entry.what ? text(entry.what.ref, entry.what.text) : null;
          const where = entry.where ? text(entry.where.ref, entry.where.text) : null;
          return (
            <li
              key={index}
              className={`life-entry${entry.key ? ' life-key' : ''}${entry.kind === 'context' ? ' life-context' : ''}`}
              data-kind={entry.kind}
            >
              <p className="life-when">
                {entry.from ? when(entry.from) : <span className="muted">{t('dateUnknown')}</span>}
                {entry.to && <> – {when(entry.to)}</>}
              </p>
              <p className="life-what">
                <strong>{label(entry)}</strong>
                {entry.key && <span className="badge life-key-badge"> {t('key')}</span>}
                {what && (
                  <>
                    : <Localized text={what} slug={hero.slug} />
                  </>
                )}
                {where && (
                  <span className="muted">
                    {' '}
                    — <Localized text={where} slug={hero.slug} />
                  </span>
                )}
              </p>
              {entry.kind !== 'context' && (
                <p className="life-source muted">
                  {t('source')}:{' '}
                  {entry.sources.length > 0 ? (
                    entry.sources.map((source, i) => (
                      <span key={i}>
                        {i > 0 && '; '}
                        {source.url ? (
                          <a href={source.url} rel="nofollow noopener" lang={titleLanguage(source.title) ?? undefined}>
                            {source.title}
                          </a>
                        ) : (
                          <cite lang={titleLanguage(source.title) ?? undefined}>{source.title}</cite>
                        )}
                      </span>
                    ))
                  ) : (
                    <a href="#sources">{t('allSources')}</a>
                  )}
                </p>
              )}
              {entry.disagreements.map((d, i) => {
                const field = text(d.field.ref, d.field.text);
                return (
                  <p key={i} className="life-disagree">
                    {t('disagree')} ({field && <Localized text={field} slug={hero.slug} />}):{' '}
                    {d.values.map((v, j) => {
                      const value = text(v.ref, v.text);
                      return (
                        <span key={j}>
                          {j > 0 && '; '}
                          {value && <Localized text={value} slug={hero.slug} />}
                        </span>
                      );
                    })}
                  </p>
                );
              })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
