import { notFound } from 'next/navigation';
import { languageAlternates, toLocale, type Locale } from '@/lib/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Fragment, cache } from 'react';
import { Link } from '@/i18n/navigation';
import { getCachedHero, staticSlugParams } from '@/lib/heroes/cached';
import type { HeroProfile } from '@/lib/heroes/queries';
import { displayName } from '@/lib/heroes/names';
import { unitChain } from '@/lib/heroes/units';
import { heroJsonLd } from '@/lib/heroes/json-ld';
import { SlugSchema } from '@/lib/heroes/schemas';
import { awardTerm } from '@/lib/i18n/glossary';
import { TextBook, type LocalizedText } from '@/lib/i18n/texts';
import { PartialDate } from '../../../_components/partial-date';
import { Unknown } from '../../../_components/unknown';
import { Localized } from '../../../_components/localized';
import { MembershipBadges } from '../../../_components/membership';
import { FamilyMemories, HeroGallery, HeroPortrait } from '../../../_components/media/hero-media';
import { ExternalLinks } from '../../../_components/external-links';

export function generateStaticParams() {
  return staticSlugParams();
}

type Props = { params: Promise<{ locale: string; slug: string }> };

// generateMetadata and the page ask for the same hero: read it once per request.
const loadHero = cache(async (slug: string) => (SlugSchema.safeParse(slug).success ? getCachedHero(slug) : null));

/** The record's texts for a reader of `locale`: `text(entity, id, field, english)`. */
function textsFor(hero: HeroProfile, locale: Locale) {
  const book = new TextBook(hero.texts);
  const text = (entity: string, entityId: string, field: string, english: string | null | undefined, own?: Partial<Record<Locale, string | null>>) =>
    book.text({ entity, entityId, field }, english, locale, own);
  const biography = text('Hero', hero.id, 'biography', hero.biographyEn, { ru: hero.biographyRu });
  return { text, biography };
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const hero = await loadHero(slug);
  if (!hero) return {};
  const reader = toLocale(locale);
  const name = displayName(hero, locale);
  const { biography } = textsFor(hero, reader);
  return {
    title: `${name}, ${awardTerm('HERO_OF_THE_SOVIET_UNION', reader)}`,
    description: biography?.value.split('\n\n')[0]?.slice(0, 300),
    alternates: languageAlternates(`/heroes/${hero.slug}`),
  };
}

function PlaceView({ name, today, todayLabel, slug }: { name: LocalizedText | null; today: LocalizedText | null; todayLabel: string; slug: string }) {
  if (!name && !today) return <Unknown />;
  return (
    <span>
      {name ? <Localized text={name} slug={slug} /> : today && <Localized text={today} slug={slug} />}
      {name && today && today.value !== name.value && (
        <>
          {' '}
          <span className="muted">({todayLabel}: <Localized text={today} slug={slug} />)</span>
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
  const tt = await getTranslations('translation');
  const reader = toLocale(locale);
  const name = displayName(hero, locale);
  const title = hero.awards.find((award) => award.kind === 'HERO_OF_THE_SOVIET_UNION');
  const otherAwards = hero.awards.filter((award) => award.kind !== 'HERO_OF_THE_SOVIET_UNION');
  const { text, biography } = textsFor(hero, reader);
  const heroText = (field: string, english: string | null | undefined) => text('Hero', hero.id, field, english);
  const place = (p: HeroProfile['birthPlace']) => (
    <PlaceView
      name={p ? text('Place', p.id, 'name', p.name) : null}
      today={p ? text('Place', p.id, 'nameToday', p.nameToday) : null}
      todayLabel={t('today')}
      slug={hero.slug}
    />
  );
  const shown = (value: LocalizedText | null) => (value ? <Localized text={value} slug={hero.slug} /> : <Unknown />);
  const heroTitle = awardTerm('HERO_OF_THE_SOVIET_UNION', reader)!;
  const facts = hero.featFacts.map((fact, index) => heroText(`featFacts.${index}`, fact)!);
  const jsonLd = heroJsonLd(hero, locale, { award: heroTitle, description: biography?.value.split('\n\n')[0] ?? '' });
  // One note at the top when anything on the page is a draft translation.
  const hasDraft = reader !== 'en' && hero.texts.some((row) => row.locale === reader && row.status === 'DRAFT');

  return (
    <article className="profile" itemScope itemType="https://schema.org/Person">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header>
        <p className="kicker">{heroTitle}</p>
        <h1 itemProp="name">{name}</h1>
        <MembershipBadges hero={hero} />
        {hero.completeness.isStub && <p className="stub-banner" role="note">{t('stub')}</p>}
        <HeroPortrait slug={hero.slug} portrait={hero.portrait} />
        <p className="record-links">
          <Link href={`/heroes/${hero.slug}/propose`}>{t('propose')}</Link> · <Link href={`/heroes/${hero.slug}/add`}>{t('addToRecord')}</Link> ·{' '}
          <Link href={`/heroes/${hero.slug}/history`}>{t('history')}</Link>
        </p>
        {hasDraft && <p className="muted draft-banner" role="note">{tt('draftBanner')}</p>}
      </header>

      <section aria-labelledby="bio">
        <h2 id="bio">{t('biography')}</h2>
        {biography ? (
          <div lang={biography.lang ?? undefined} data-status={biography.status} className={biography.status === 'DRAFT' ? 'draft-block' : undefined}>
            {biography.value.split('\n\n').map((paragraph) => (
              <p key={paragraph.slice(0, 40)}>{paragraph}</p>
            ))}
            {biography.isFallback && <Localized text={{ ...biography, value: '' }} slug={hero.slug} />}
          </div>
        ) : (
          <Unknown />
        )}
      </section>

      <section aria-labelledby="facts">
        <h2 id="facts">{t('life')}</h2>
        <dl className="facts">
          <dt>{t('born')}</dt>
          <dd data-fact="birthDate">
            {hero.birthDate ? <PartialDate date={hero.birthDate} precision={hero.birthDatePrecision} locale={locale} /> : <Unknown />}
          </dd>
          <dt>{t('birthPlace')}</dt>
          <dd data-fact="birthPlace">{place(hero.birthPlace)}</dd>
          <dt>{t('died')}</dt>
          <dd data-fact="deathDate">
            {hero.deathDate ? <PartialDate date={hero.deathDate} precision={hero.deathDatePrecision} locale={locale} /> : <Unknown />}
            {hero.killedInAction === true && <> · {t('killedInAction')}</>}
          </dd>
          <dt>{t('deathPlace')}</dt>
          <dd data-fact="deathPlace">{place(hero.deathPlace)}</dd>
          <dt>{t('burialPlace')}</dt>
          <dd data-fact="burialPlace">{place(hero.burialPlace)}</dd>
          <dt>{t('nationality')}</dt>
          <dd data-fact="nationality">{shown(heroText('nationality', hero.nationality))}</dd>
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
          <dd data-fact="rank">{shown(heroText('rankAtFeat', hero.rankAtFeat))}</dd>
          <dt>{t('role')}</dt>
          <dd data-fact="role">{shown(heroText('role', hero.role))}</dd>
          <dt>{t('units')}</dt>
          <dd data-fact="units">
            {hero.services.length === 0 ? (
              <Unknown />
            ) : (
              <ul>
                {hero.services.map((service) => {
                  const chain = unitChain(service.unit);
                  const note = text('Service', service.id, 'note', service.note);
                  return (
                    <li key={service.unit.slug}>
                      {chain.map((unit, index) => {
                        const unitName = text('Unit', unit.id, 'name', unit.name)!;
                        return (
                          <span key={unit.slug}>
                            {index > 0 && ' → '}
                            <Link href={`/units/${unit.slug}`} lang={unitName.lang ?? undefined} data-status={unitName.status} className={unitName.status === 'DRAFT' ? 'draft' : undefined}>
                              {unitName.value}
                            </Link>
                          </span>
                        );
                      })}
                      {(service.fromDate || service.toDate) && (
                        <span className="muted"> ({service.fromDate ?? '?'} – {service.toDate ?? '?'})</span>
                      )}
                      {note && <span className="muted"> — <Localized text={note} slug={hero.slug} /></span>}
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
                {hero.battles.map((p) => {
                  const battleName = text('Battle', p.battle.id, 'name', p.battle.name)!;
                  const note = text('BattleParticipation', p.id, 'note', p.note);
                  const when = text('BattleParticipation', p.id, 'dateText', p.dateText);
                  const where = text('BattleParticipation', p.id, 'place', p.place);
                  return (
                    <li key={p.battle.slug}>
                      <Link href={`/battles/${p.battle.slug}`} lang={battleName.lang ?? undefined} data-status={battleName.status} className={battleName.status === 'DRAFT' ? 'draft' : undefined}>
                        {battleName.value}
                      </Link>
                      {note && <span> (<Localized text={note} slug={hero.slug} />)</span>}
                      {(when || where) && (
                        <span className="muted">
                          {' — '}
                          {when && <Localized text={when} slug={hero.slug} />}
                          {when && where && ', '}
                          {where && <Localized text={where} slug={hero.slug} />}
                        </span>
                      )}
                    </li>
                  );
                })}
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
              shown(heroText('featDateText', hero.featDateText))
            ) : (
              <Unknown />
            )}
          </dd>
          <dt>{t('deedPlace')}</dt>
          <dd data-fact="featPlace">{shown(heroText('featPlace', hero.featPlace))}</dd>
        </dl>
        {hero.featFacts.length > 0 && (
          <>
            <h3>{t('deedFacts')}</h3>
            <ul data-fact="featFacts">
              {facts.map((fact, index) => (
                <li key={index}><Localized text={fact} slug={hero.slug} /></li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="award">
        <h2 id="award">{t('award')}</h2>
        <dl className="facts">
          <dt>{heroTitle} — {t('decree')}</dt>
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
              <dt>
                {award.kind === 'ORDER_OF_LENIN'
                  ? awardTerm('ORDER_OF_LENIN', reader)
                  : (awardTerm(award.name ?? '', reader) ?? shown(text('Award', award.id, 'name', award.name)))}
              </dt>
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
              <Localized text={heroText('postwar', hero.postwar)!} slug={hero.slug} block />
            </>
          )}
          {hero.memorials.length > 0 && (
            <>
              <h2 id={hero.postwar ? undefined : 'memory'}>{t('memorials')}</h2>
              <ul>
                {hero.memorials.map((memorial) => (
                  <li key={memorial.id}><Localized text={text('Memorial', memorial.id, 'description', memorial.description)!} slug={hero.slug} /></li>
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
        {hero.membershipNote && <Localized text={heroText('membershipNote', hero.membershipNote)!} slug={hero.slug} block />}
        {hero.identityNote && (
          <p className="warning"><strong>{t('identity')}:</strong> <Localized text={heroText('identityNote', hero.identityNote)!} slug={hero.slug} /></p>
        )}
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{t('sources')}</h2>
        <ol className="sources">
          {hero.citations.map((citation) => {
            const source = citation.source;
            const label = source.title ?? source.url ?? '';
            return (
              <li key={citation.id}>
                {/* A source's title and publisher are its own words, as the fact sheet records them. */}
                {source.url ? <a href={source.url} rel="nofollow noopener" lang={source.title ? 'en' : undefined}>{source.title ?? source.url}</a> : <span lang="en">{label}</span>}
                {source.publisher && <span className="muted" lang="en"> — {source.publisher}</span>}
                {source.year && <span className="muted">, {source.year}</span>}
                <div className="supports">
                  <strong>{t('supports')}:</strong> <Localized text={text('Citation', citation.id, 'supports', citation.supports)!} slug={hero.slug} />
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <ExternalLinks hero={hero} />

      <section aria-labelledby="conflicts">
        <h2 id="conflicts">{t('conflicts')}</h2>
        {hero.conflicts.length === 0 ? (
          <p>{t('noConflicts')}</p>
        ) : (
          <ul className="conflicts">
            {hero.conflicts.map((conflict) => {
              const note = text('SourceConflict', conflict.id, 'note', conflict.note);
              return (
                <li key={conflict.id}>
                  <strong><Localized text={text('SourceConflict', conflict.id, 'field', conflict.field)!} slug={hero.slug} /></strong>
                  <ul>
                    {conflict.values.map((value, index) => (
                      <li key={index}><Localized text={text('SourceConflict', conflict.id, `values.${index}`, value)!} slug={hero.slug} /></li>
                    ))}
                  </ul>
                  {/* The names of the sources (sites, articles), as the fact sheet gives them. */}
                  {conflict.sources.length > 0 && <div className="muted" lang="en">{conflict.sources.join('; ')}</div>}
                  {note && <div className="muted"><Localized text={note} slug={hero.slug} /></div>}
                </li>
              );
            })}
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
            <Localized text={heroText('notes', hero.notes)!} slug={hero.slug} block />
          </>
        )}
      </section>
    </article>
  );
}
