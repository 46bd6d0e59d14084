import { notFound } from 'next/navigation';
import { languageAlternates } from '@/lib/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Fragment, cache } from 'react';
import { Link } from '@/i18n/navigation';
import { getCachedHero, staticSlugParams } from '@/lib/heroes/cached';
import type { HeroProfile } from '@/lib/heroes/queries';
import { displayName } from '@/lib/heroes/names';
import { unitChain } from '@/lib/heroes/units';
import { heroJsonLd } from '@/lib/heroes/json-ld';
import { SlugSchema } from '@/lib/heroes/schemas';
import { PartialDate } from '../../../_components/partial-date';
import { Unknown } from '../../../_components/unknown';
import { MembershipBadges } from '../../../_components/membership';
import { FamilyMemories, HeroGallery, HeroPortrait } from '../../../_components/media/hero-media';

export function generateStaticParams() {
  return staticSlugParams();
}

type Props = { params: Promise<{ locale: string; slug: string }> };

// generateMetadata and the page ask for the same hero: read it once per request.
const loadHero = cache(async (slug: string) => (SlugSchema.safeParse(slug).success ? getCachedHero(slug) : null));

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const hero = await loadHero(slug);
  if (!hero) return {};
  const t = await getTranslations({ locale, namespace: 'hero' });
  const name = displayName(hero, locale);
  const biography = locale === 'ru' ? hero.biographyRu : hero.biographyEn;
  return {
    title: `${name}, ${t('titleHero')}`,
    description: biography.split('\n\n')[0]?.slice(0, 300),
    alternates: languageAlternates(`/heroes/${hero.slug}`),
  };
}

function PlaceView({ place, todayLabel }: { place: HeroProfile['birthPlace']; todayLabel: string }) {
  if (!place) return <Unknown />;
  return (
    <span lang="en">
      {place.name}
      {place.nameToday && place.nameToday !== place.name && (
        <>
          {' '}
          <span className="muted">({todayLabel}: {place.nameToday})</span>
        </>
      )}
    </span>
  );
}

export default async function HeroPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const hero = await loadHero(slug);
  if (!hero) notFound();
  const t = await getTranslations('hero');
  const tc = await getTranslations('confidence');
  const name = displayName(hero, locale);
  const title = hero.awards.find((award) => award.kind === 'HERO_OF_THE_SOVIET_UNION');
  const otherAwards = hero.awards.filter((award) => award.kind !== 'HERO_OF_THE_SOVIET_UNION');
  const biography = locale === 'ru' ? hero.biographyRu : hero.biographyEn;
  const jsonLd = heroJsonLd(hero, locale);

  return (
    <article className="profile" itemScope itemType="https://schema.org/Person">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header>
        <p className="kicker">{t('titleHero')}</p>
        <h1 itemProp="name">{name}</h1>
        <MembershipBadges hero={hero} />
        {hero.completeness.isStub && <p className="stub-banner" role="note">{t('stub')}</p>}
        <HeroPortrait slug={hero.slug} portrait={hero.portrait} />
        <p className="record-links">
          <Link href={`/heroes/${hero.slug}/propose`}>{t('propose')}</Link> · <Link href={`/heroes/${hero.slug}/add`}>{t('addToRecord')}</Link> ·{' '}
          <Link href={`/heroes/${hero.slug}/history`}>{t('history')}</Link>
        </p>
      </header>

      <section aria-labelledby="bio">
        <h2 id="bio">{t('biography')}</h2>
        {biography.split('\n\n').map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="facts">
        <h2 id="facts">{t('life')}</h2>
        <dl className="facts">
          <dt>{t('born')}</dt>
          <dd data-fact="birthDate">
            {hero.birthDate ? <PartialDate date={hero.birthDate} precision={hero.birthDatePrecision} locale={locale} /> : <Unknown />}
          </dd>
          <dt>{t('birthPlace')}</dt>
          <dd data-fact="birthPlace"><PlaceView place={hero.birthPlace} todayLabel={t('today')} /></dd>
          <dt>{t('died')}</dt>
          <dd data-fact="deathDate">
            {hero.deathDate ? <PartialDate date={hero.deathDate} precision={hero.deathDatePrecision} locale={locale} /> : <Unknown />}
            {hero.killedInAction === true && <> · {t('killedInAction')}</>}
          </dd>
          <dt>{t('deathPlace')}</dt>
          <dd data-fact="deathPlace"><PlaceView place={hero.deathPlace} todayLabel={t('today')} /></dd>
          <dt>{t('burialPlace')}</dt>
          <dd data-fact="burialPlace"><PlaceView place={hero.burialPlace} todayLabel={t('today')} /></dd>
          <dt>{t('nationality')}</dt>
          <dd data-fact="nationality">{hero.nationality ? <span lang="en">{hero.nationality}</span> : <Unknown />}</dd>
        </dl>
      </section>

      <section aria-labelledby="names">
        <h2 id="names">{t('names')}</h2>
        <ul className="names">
          {hero.names.map((n) => (
            <li key={n.value} lang={n.language ?? undefined}>
              <span itemProp={n.isPrimary ? undefined : 'alternateName'}>{n.value}</span>
              {/* A language only where a source gives it; the letters alone never say. */}
              {n.language && <> <span className="muted">({t(`nameLanguages.${n.language as 'ru' | 'tg' | 'en'}`)})</span></>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="service">
        <h2 id="service">{t('service')}</h2>
        <dl className="facts">
          <dt>{t('rank')}</dt>
          <dd data-fact="rank">{hero.rankAtFeat ? <span lang="en">{hero.rankAtFeat}</span> : <Unknown />}</dd>
          <dt>{t('role')}</dt>
          <dd data-fact="role">{hero.role ? <span lang="en">{hero.role}</span> : <Unknown />}</dd>
          <dt>{t('units')}</dt>
          <dd data-fact="units">
            {hero.services.length === 0 ? (
              <Unknown />
            ) : (
              <ul>
                {hero.services.map((service) => {
                  const chain = unitChain(service.unit);
                  return (
                    <li key={service.unit.slug} lang="en">
                      {chain.map((unit, index) => (
                        <span key={unit.slug}>
                          {index > 0 && ' → '}
                          <Link href={`/units/${unit.slug}`}>{unit.name}</Link>
                        </span>
                      ))}
                      {(service.fromDate || service.toDate) && (
                        <span className="muted"> ({service.fromDate ?? '?'} – {service.toDate ?? '?'})</span>
                      )}
                      {service.note && <span className="muted"> — {service.note}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
          <dt>{t('battles')}</dt>
          <dd data-fact="battles">
            {hero.battles.length === 0 ? (
              <Unknown />
            ) : (
              <ul>
                {hero.battles.map((p) => (
                  <li key={p.battle.slug} lang="en">
                    <Link href={`/battles/${p.battle.slug}`}>{p.battle.name}</Link>
                    {p.note && <span> ({p.note})</span>}
                    {(p.dateText || p.place) && <span className="muted"> — {[p.dateText, p.place].filter(Boolean).join(', ')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="deed">
        <h2 id="deed">{t('deed')}</h2>
        <dl className="facts">
          <dt>{t('deedDate')}</dt>
          <dd data-fact="featDate">
            {hero.featDate ? (
              <PartialDate date={hero.featDate} precision={hero.featDatePrecision} locale={locale} />
            ) : hero.featDateText ? (
              <span lang="en">{hero.featDateText}</span>
            ) : (
              <Unknown />
            )}
          </dd>
          <dt>{t('deedPlace')}</dt>
          <dd data-fact="featPlace">{hero.featPlace ? <span lang="en">{hero.featPlace}</span> : <Unknown />}</dd>
        </dl>
        {hero.featFacts.length > 0 && (
          <>
            <h3>{t('deedFacts')}</h3>
            <ul lang="en">
              {hero.featFacts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="award">
        <h2 id="award">{t('award')}</h2>
        <dl className="facts">
          <dt>{t('titleHero')} — {t('decree')}</dt>
          <dd data-fact="decreeDate">
            {title?.decreeDate ? <PartialDate date={title.decreeDate} precision={title.decreePrecision} locale={locale} /> : <Unknown />}
          </dd>
          <dt>{t('posthumous')}</dt>
          <dd data-fact="posthumous">
            {title?.posthumous === true ? t('yes') : title?.posthumous === false ? t('no') : <Unknown />}
          </dd>
          <dt>{t('goldStar')}</dt>
          <dd data-fact="goldStar">{title?.goldStarNo ?? <Unknown />}</dd>
          {otherAwards.map((award) => (
            <Fragment key={`${award.kind}-${award.name ?? ''}`}>
              <dt>{award.kind === 'ORDER_OF_LENIN' ? t('orderOfLenin') : award.name}</dt>
              <dd>
                {award.decreeDate ? <PartialDate date={award.decreeDate} precision={award.decreePrecision} locale={locale} /> : t('yes')}
              </dd>
            </Fragment>
          ))}
        </dl>
      </section>

      {(hero.postwar || hero.memorials.length > 0) && (
        <section aria-labelledby="memory">
          {hero.postwar && (
            <>
              <h2 id="memory">{t('postwar')}</h2>
              <p lang="en">{hero.postwar}</p>
            </>
          )}
          {hero.memorials.length > 0 && (
            <>
              <h2 id={hero.postwar ? undefined : 'memory'}>{t('memorials')}</h2>
              <ul lang="en">
                {hero.memorials.map((memorial) => (
                  <li key={memorial.description}>{memorial.description}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <HeroGallery slug={hero.slug} locale={locale} items={hero.media} />

      <FamilyMemories slug={hero.slug} memories={hero.memories} />

      <section aria-labelledby="membership">
        <h2 id="membership">{t('membership')}</h2>
        <p lang="en">{hero.membershipNote}</p>
        {hero.identityNote && (
          <p className="warning" lang="en"><strong>{t('identity')}:</strong> {hero.identityNote}</p>
        )}
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{t('sources')}</h2>
        <ol className="sources">
          {hero.citations.map((citation, index) => {
            const source = citation.source;
            const label = source.title ?? source.url ?? '';
            return (
              <li key={index}>
                {source.url ? <a href={source.url} rel="nofollow noopener">{source.title ?? source.url}</a> : <span>{label}</span>}
                {source.publisher && <span className="muted"> — {source.publisher}</span>}
                {source.year && <span className="muted">, {source.year}</span>}
                <div className="supports" lang="en">
                  <strong>{t('supports')}:</strong> {citation.supports}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="conflicts">
        <h2 id="conflicts">{t('conflicts')}</h2>
        {hero.conflicts.length === 0 ? (
          <p>{t('noConflicts')}</p>
        ) : (
          <ul className="conflicts" lang="en">
            {hero.conflicts.map((conflict) => (
              <li key={conflict.field + conflict.values.join()}>
                <strong>{conflict.field}</strong>
                <ul>
                  {conflict.values.map((value) => (
                    <li key={value}>{value}</li>
                  ))}
                </ul>
                {conflict.sources.length > 0 && <div className="muted">{conflict.sources.join('; ')}</div>}
                {conflict.note && <div className="muted">{conflict.note}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="quality">
        <h2 id="quality">{t('completeness')}</h2>
        <p>
          {t('confidence')}: <strong data-fact="confidence">{tc(hero.confidence)}</strong> ·{' '}
          {t('completenessKnown', { known: hero.completeness.known.length, total: hero.completeness.known.length + hero.completeness.missing.length })}
        </p>
        {hero.completeness.missing.length > 0 && (
          <div className="open-questions">
            <h3>{t('openQuestions')}</h3>
            <p>{t('openQuestionsIntro')}</p>
            <ul data-testid="open-questions">
              {hero.completeness.missing.map((fact) => (
                <li key={fact}>{t(`facts.${fact}`)}</li>
              ))}
            </ul>
            <p><Link href={`/heroes/${hero.slug}/propose`}>{t('answerQuestion')}</Link></p>
          </div>
        )}
        {hero.notes && (
          <>
            <h3>{t('notes')}</h3>
            <p lang="en">{hero.notes}</p>
          </>
        )}
        {locale !== 'en' && <p className="muted">{t('sourceLanguageNote')}</p>}
      </section>
    </article>
  );
}
