// Where the sources disagree: each value the sources give, who gives it, and a note.
import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { isAddressOrSite } from '@/lib/heroes/source-format';
import { Localized } from '../../../../_components/localized';
import type { Profile } from './profile';

export async function Disagreements({ profile: { hero, text } }: { profile: Profile }) {
  if (hero.conflicts.length === 0) return null;
  const t = await getTranslations('hero');
  return (
    <section aria-labelledby="conflicts">
      <h2 id="conflicts">{t('conflicts')}</h2>
      <ul className="conflicts">
        {hero.conflicts.map((conflict) => {
          const note = text('SourceConflict', conflict.id, 'note', conflict.note);
          return (
            <li key={conflict.id}>
              <strong>
                <Localized text={text('SourceConflict', conflict.id, 'field', conflict.field)!} slug={hero.slug} />
              </strong>
              <ul>
                {conflict.values.map((value, index) => (
                  <li key={index}>
                    <Localized text={text('SourceConflict', conflict.id, `values.${index}`, value)!} slug={hero.slug} />
                  </li>
                ))}
              </ul>
              {/* A source named by its address or site is shown as it is; one described in words is translated. */}
              {conflict.sources.length > 0 && (
                <div className="muted conflict-sources">
                  {conflict.sources.map((label, index) => (
                    <Fragment key={index}>
                      {index > 0 && '; '}
                      {isAddressOrSite(label) ? (
                        <span>{label}</span>
                      ) : (
                        <Localized
                          text={text('SourceConflict', conflict.id, `sources.${index}`, label)!}
                          slug={hero.slug}
                        />
                      )}
                    </Fragment>
                  ))}
                </div>
              )}
              {note && (
                <div className="muted">
                  <Localized text={note} slug={hero.slug} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
