import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { notFoundMetadata } from '@/lib/i18n/metadata';
import { SHARE_CARD_SIZE, firstLines, lifeDates, sharePortrait } from '@/lib/heroes/share';
import { languageAlternates, toLocale, type Locale } from '@/lib/i18n/locale';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Fragment, cache, type ReactNode } from 'react';
import { Link } from '@/i18n/link';
import { getCachedHero, staticSlugParams } from '@/lib/heroes/cached';
import type { HeroProfile } from '@/lib/heroes/queries';
import { displayName, isPossibleName } from '@/lib/heroes/names';
import { unitChain } from '@/lib/heroes/units';
import { heroJsonLd } from '@/lib/heroes/json-ld';
import { SlugSchema } from '@/lib/heroes/schemas';
import { awardTerm } from '@/lib/i18n/glossary';
import { TextBook, type LocalizedText } from '@/lib/i18n/texts';
import { DateText, PartialDate } from '../../../_components/partial-date';
import { PrintDate } from '../../../_components/print-date';
import { formatSource, isAddressOrSite, showsTranslatedTitle, titleLanguage } from '@/lib/heroes/source-format';
import { parsePartialDate, type DatePrecision } from '@/lib/partial-date';
import { siteOrigin } from '@/lib/env';
import { Unknown } from '../../../_components/unknown';
import { Localized } from '../../../_components/localized';
import { MembershipBadges } from '../../../_components/membership';
import { FamilyMemories, HeroGallery, HeroPortrait } from '../../../_components/media/hero-media';
import { ExternalLinks } from '../../../_components/external-links';
import { HeroPlacesAndTime } from '../../../_components/places';

export function generateStaticParams() {
  return staticSlugParams();
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const hero = await loadHero(slug);
  if (!hero) return notFoundMetadata(locale);
  const reader = toLocale(locale);
  const name = displayName(hero, locale);
  const { biography } = textsFor(hero, reader);
  const dates = lifeDates({ date: hero.birthDate, precision: hero.birthDatePrecision }, { date: hero.deathDate, precision: hero.deathDatePrecision }, locale);
  const award = awardTerm('HERO_OF_THE_SOVIET_UNION', reader);
  const summary = firstLines(biography?.value) ?? `${name}, ${award}`;
  const shareTitle = dates ? `${name} (${dates})` : name;
  // The approved portrait when there is one, else the card drawn by ./card.png. Relative addresses
  // become absolute from SITE_URL (metadataBase in the layout), never from the request's Host.
  const portrait = sharePortrait(hero.portrait);
  const image = portrait
    ? { url: portrait.url, width: portrait.width, height: portrait.height, alt: name }
    : { url: `/${locale}/heroes/${hero.slug}/card.png`, ...SHARE_CARD_SIZE, alt: name };
  return {
    title: `${name}, ${award}`,
    description: biography?.value.split('\n\n')[0]?.slice(0, 300) ?? summary,
    alternates: { canonical: `/${locale}/heroes/${hero.slug}`, ...languageAlternates(`/heroes/${hero.slug}`) },
    openGraph: { type: 'profile', title: shareTitle, description: summary, url: `/${locale}/heroes/${hero.slug}`, locale, images: [image] },
    twitter: { card: portrait ? 'summary' : 'summary_large_image', title: shareTitle, description: summary, images: [image.url] },
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
  const tn = await getTranslations('nameForms');
  const reader = toLocale(locale);
  const name = displayName(hero, locale);
  const title = hero.awards.find((award) => award.kind === 'HERO_OF_THE_SOVIET_UNION');
  const otherAwards = hero.awards.filter((award) => award.kind !== 'HERO_OF_THE_SOVIET_UNION');
  const { text, biography } = textsFor(hero, reader);
  const heroText = (field: string, english: string | null | undefined) => text('Hero', hero.id, field, english);
  const place = (p: HeroProfile['birthPlace']) => p && (
    <PlaceView
      name={p ? text('Place', p.id, 'name', p.name) : null}
      today={p ? text('Place', p.id, 'nameToday', p.nameToday) : null}
      todayLabel={t('today')}
      slug={hero.slug}
    />
  );
  const heroTitle = awardTerm('HERO_OF_THE_SOVIET_UNION', reader)!;
  const featFacts = hero.featFacts.map((fact, index) => heroText(`featFacts.${index}`, fact)!);
  const jsonLd = heroJsonLd(hero, locale, { award: heroTitle, description: biography?.value.split('\n\n')[0] ?? '' });
  // One note at the top when anything on the page is a draft translation.
  const hasDraft = reader !== 'en' && hero.texts.some((row) => row.locale === reader && row.status === 'DRAFT');

  // Each fact of the record with its value, or null when the sources do not give it. Known facts
  // are shown; the unknown ones are named once, together, in "Not yet known".
  type Row = { key: string; label: string; unknownLabel?: string; value: ReactNode | null };
  const date = (value: Date | null | undefined, precision: DatePrecision | null | undefined) =>
    value ? <PartialDate date={value} precision={precision ?? null} locale={locale} /> : null;
  const localized = (value: LocalizedText | null) => (value ? <Localized text={value} slug={hero.slug} /> : null);
  const died =
    hero.deathDate || hero.killedInAction === true ? (
      <>
        {date(hero.deathDate, hero.deathDatePrecision)}
        {hero.deathDate && hero.killedInAction === true && ' · '}
        {hero.killedInAction === true && t('killedInAction')}
      </>
    ) : null;
  const life: Row[] = [
    { key: 'birthDate', label: t('born'), unknownLabel: t('facts.birthDate'), value: date(hero.birthDate, hero.birthDatePrecision) },
    { key: 'birthPlace', label: t('birthPlace'), value: place(hero.birthPlace) },
    { key: 'deathDate', label: t('died'), unknownLabel: t('facts.deathDate'), value: died },
    { key: 'deathPlace', label: t('deathPlace'), value: place(hero.deathPlace) },
    { key: 'burialPlace', label: t('burialPlace'), value: place(hero.burialPlace) },
    { key: 'nationality', label: t('nationality'), value: localized(heroText('nationality', hero.nationality)) },
  ];
  const service: Row[] = [
    { key: 'rank', label: t('rank'), value: localized(heroText('rankAtFeat', hero.rankAtFeat)) },
    { key: 'role', label: t('role'), value: localized(heroText('role', hero.role)) },
    {
      key: 'units',
      label: t('units'),
      unknownLabel: t('facts.unit'),
      value:
        hero.services.length === 0 ? null : (
          <ul>
            {hero.services.map((entry) => {
              const chain = unitChain(entry.unit);
              const note = text('Service', entry.id, 'note', entry.note);
              return (
                <li key={entry.unit.slug}>
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
                  {(entry.fromDate || entry.toDate) && (
                    <span className="muted">
                      {' ('}
                      {entry.fromDate ? <DateText text={entry.fromDate} locale={locale} /> : '?'} – {entry.toDate ? <DateText text={entry.toDate} locale={locale} /> : '?'})
                    </span>
                  )}
                  {note && <span className="muted"> — <Localized text={note} slug={hero.slug} /></span>}
                </li>
              );
            })}
          </ul>
        ),
    },
    {
      key: 'battles',
      label: t('battles'),
      value:
        hero.battles.length === 0 ? null : (
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
                      {/* A date kept as text is still a date: shown in the one format of the reader's language. */}
                      {when && (parsePartialDate(when.value) ? <DateText text={when.value} locale={locale} /> : <Localized text={when} slug={hero.slug} />)}
                      {when && where && ', '}
                      {where && <Localized text={where} slug={hero.slug} />}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        ),
    },
  ];
  const deed: Row[] = [
    {
      key: 'featDate',
      label: t('deedDate'),
      unknownLabel: t('deedDateUnknown'),
      value: hero.featDate ? date(hero.featDate, hero.featDatePrecision) : localized(heroText('featDateText', hero.featDateText)),
    },
    { key: 'featPlace', label: t('deedPlace'), unknownLabel: t('deedPlaceUnknown'), value: localized(heroText('featPlace', hero.featPlace)) },
  ];
  const award: Row[] = [
    { key: 'decreeDate', label: `${heroTitle} — ${t('decree')}`, unknownLabel: t('facts.decreeDate'), value: date(title?.decreeDate, title?.decreePrecision) },
    { key: 'posthumous', label: t('posthumous'), value: title?.posthumous === true ? t('yes') : title?.posthumous === false ? t('no') : null },
    { key: 'goldStar', label: t('goldStar'), value: title?.goldStarNo ?? null },
    ...otherAwards.map((entry) => ({
      key: `award-${entry.kind}-${entry.name ?? ''}`,
      label:
        (entry.kind === 'ORDER_OF_LENIN' ? awardTerm('ORDER_OF_LENIN', reader) : awardTerm(entry.name ?? '', reader)) ??
        text('Award', entry.id, 'name', entry.name)?.value ??
        '',
      value: entry.decreeDate ? date(entry.decreeDate, entry.decreePrecision) : t('yes'),
    })),
  ];
  const notYetKnown = [
    ...(hero.completeness.isStub ? [{ key: 'fullName', label: t('facts.fullName') }] : []),
    ...(biography ? [] : [{ key: 'biography', label: t('biography') }]),
    ...[...life, ...service, ...deed, ...award].filter((row) => row.value == null).map((row) => ({ key: row.key, label: row.unknownLabel ?? row.label })),
  ];
  const facts = (rows: Row[]) => {
    const known = rows.filter((row) => row.value != null);
    if (known.length === 0) return null;
    return (
      <dl className="facts">
        {known.map((row) => (
          <Fragment key={row.key}>
            <dt>{row.label}</dt>
            <dd data-fact={row.key}>{row.value}</dd>
          </Fragment>
        ))}
      </dl>
    );
  };
  const section = (id: string, heading: string, rows: Row[], extra?: ReactNode) => {
    const list = facts(rows);
    if (!list && !extra) return null;
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>{heading}</h2>
        {list}
        {extra}
      </section>
    );
  };
  // A source that is a picture in the gallery links to it, and to its large image for print;
  // a picture since taken down is no longer in the gallery and is named without a link.
  const sources = hero.citations.map((citation) => ({
    citation,
    source: formatSource(citation.source, locale),
    picture: citation.mediaId ? (hero.media.find((item) => item.id === citation.mediaId) ?? null) : null,
  })).map((entry) => ({
    ...entry,
    translatedTitle: !entry.picture && showsTranslatedTitle(entry.source, reader) ? text('Source', entry.citation.sourceId, 'title', entry.source.title) : null,
    // A publisher named in English is a description, translated; one in another language is kept.
    publisher: !entry.picture && titleLanguage(entry.source.publisher) === 'en' ? text('Source', entry.citation.sourceId, 'publisher', entry.source.publisher) : null,
  }));
  const tst = await getTranslations('translation.sourceTexts');
  const tm = await getTranslations('media');
  const permanentAddress = new URL(`/${locale}/heroes/${hero.slug}`, siteOrigin()).href;

  return (
    <article className="profile" itemScope itemType="https://schema.org/Person">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <header>
        <p className="kicker">{heroTitle}</p>
        <h1 itemProp="name">{name}</h1>
        {reader === 'tg' && hero.fullNameTg && hero.fullNameTgOrigin !== 'SOURCE' && (
          <p className="muted name-form" role="note" data-name-form={hero.fullNameTgOrigin}>
            {hero.fullNameTgOrigin === 'TRANSLITERATION' ? tn('transliteration') : tn('proposed')}{' '}
            <Link href={`/heroes/${hero.slug}/propose?field=fullNameTg#f-fullNameTg`}>{tn('proposeSpelling')}</Link>
          </p>
        )}
        <MembershipBadges hero={hero} />
        {hero.completeness.isStub && <p className="stub-banner" role="note">{t('stub')}</p>}
        <HeroPortrait slug={hero.slug} portrait={hero.portrait} />
        <p className="record-links">
          <Link href={`/heroes/${hero.slug}/propose`}>{t('propose')}</Link>
          <Link href={`/heroes/${hero.slug}/add`}>{t('addToRecord')}</Link>
          <Link href={`/heroes/${hero.slug}/history`}>{t('history')}</Link>
        </p>
        {hasDraft && <p className="muted draft-banner" role="note">{tt('draftBanner')}</p>}
      </header>

      {biography && (
        <section aria-labelledby="bio">
          <h2 id="bio">{t('biography')}</h2>
          <div lang={biography.lang ?? undefined} data-status={biography.status} className={biography.status === 'DRAFT' ? 'draft-block' : undefined}>
            {biography.value.split('\n\n').map((paragraph) => (
              <p key={paragraph.slice(0, 40)}>{paragraph}</p>
            ))}
            {biography.isFallback && <Localized text={{ ...biography, value: '' }} slug={hero.slug} />}
          </div>
        </section>
      )}

      {section('facts', t('life'), life)}

      <section aria-labelledby="names">
        <h2 id="names">{t('names')}</h2>
        <ul className="names">
          {hero.names.map((n) => (
            <li key={n.value} lang={n.language ?? undefined}>
              <span itemProp={n.isPrimary ? undefined : 'alternateName'}>{n.value}</span>
              {/* A language only where a source gives it; the letters alone never say. */}
              {n.language && <> <span className="muted">({t(`nameLanguages.${n.language as 'ru' | 'tg' | 'en'}`)})</span></>}
              {n.value === hero.fullNameTg && hero.fullNameTgOrigin === 'TRANSLITERATION' && <> <span className="muted" data-name-note="transliteration">({tn('transliterationShort')})</span></>}
              {isPossibleName(hero, n.value) && <> <span className="muted" data-name-note="possible">({tn('possibleName')})</span></>}
            </li>
          ))}
        </ul>
      </section>

      {section('service', t('service'), service)}

      {section(
        'deed',
        t('deed'),
        deed,
        featFacts.length > 0 && (
          <>
            <h3>{t('deedFacts')}</h3>
            <ul data-fact="featFacts">
              {featFacts.map((fact, index) => (
                <li key={index}><Localized text={fact} slug={hero.slug} /></li>
              ))}
            </ul>
          </>
        ),
      )}

      {section('award', t('award'), award)}

      <HeroPlacesAndTime hero={hero} locale={locale} />

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

      {notYetKnown.length > 0 && (
        <section aria-labelledby="not-yet-known" className="open-questions no-print">
          <h2 id="not-yet-known">{t('notYetKnown')}</h2>
          <ul data-testid="open-questions" className="not-yet-known">
            {notYetKnown.map((fact) => (
              <li key={fact.key} data-unknown={fact.key} className="badge">{fact.label}</li>
            ))}
          </ul>
          <p>{t('openQuestionsIntro')} <Link href={`/heroes/${hero.slug}/propose`}>{t('answerQuestion')}</Link></p>
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

      <section aria-labelledby="sources" className="sources-section">
        <h2 id="sources">{t('sources')}</h2>
        <ol className="sources" data-testid="sources">
          {sources.map(({ citation, source, picture, translatedTitle, publisher }) => (
            <li key={citation.id} className="source" data-testid={picture ? 'picture-source' : undefined}>
              {/* A title is the source's own words, marked with their language; a reader of another
                  language also gets it translated, said to be a translation. */}
              {picture ? (
                <>
                  <cite className="source-title" lang={picture.captionLanguage}><a href={`#media-${picture.id}`}>{picture.caption}</a></cite> ({tm(`kinds.${picture.kind}`)})
                </>
              ) : source.title ? (
                <>
                  <cite className="source-title" lang={source.lang ?? undefined}>{source.title}</cite>
                  {translatedTitle && (translatedTitle.lang === reader ? (
                    <> <span className="translated-title">({tst('translatedTitle')}: <Localized text={translatedTitle} slug={hero.slug} />)</span></>
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
                    <span className="source-publisher"><Localized text={publisher} slug={hero.slug} /></span>
                  ) : (
                    <span lang={picture ? undefined : (titleLanguage(source.publisher) ?? undefined)}>{source.publisher}</span>
                  )}
                </>
              )}
              {source.date && <>, {source.date}</>}
              {source.title && source.site && <>, {source.site}</>}
              {source.archive && <>, {source.archive}</>}
              {source.url && (
                <div className="source-address">
                  <a href={source.url} rel="nofollow noopener">{source.url}</a>
                </div>
              )}
              {picture && (
                <div className="source-address">
                  <a href={picture.large.url}>{new URL(picture.large.url, siteOrigin()).href}</a>
                </div>
              )}
              <div className="supports">
                <strong>{t('supports')}:</strong> <Localized text={text('Citation', citation.id, 'supports', citation.supports)!} slug={hero.slug} />
              </div>
            </li>
          ))}
        </ol>
      </section>

      <ExternalLinks hero={hero} />

      {hero.conflicts.length > 0 && (
        <section aria-labelledby="conflicts">
          <h2 id="conflicts">{t('conflicts')}</h2>
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
                  {/* A source named by its address or site is shown as it is; one described in words is translated. */}
                  {conflict.sources.length > 0 && (
                    <div className="muted conflict-sources">
                      {conflict.sources.map((label, index) => (
                        <Fragment key={index}>
                          {index > 0 && '; '}
                          {isAddressOrSite(label) ? <span>{label}</span> : <Localized text={text('SourceConflict', conflict.id, `sources.${index}`, label)!} slug={hero.slug} />}
                        </Fragment>
                      ))}
                    </div>
                  )}
                  {note && <div className="muted"><Localized text={note} slug={hero.slug} /></div>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="quality">
        <h2 id="quality">{t('completeness')}</h2>
        <p>
          {t('confidence')}: <strong data-fact="confidence">{tc(hero.confidence)}</strong> ·{' '}
          {t('completenessKnown', { known: hero.completeness.known.length, total: hero.completeness.known.length + hero.completeness.missing.length })}
        </p>
        {hero.notes && (
          <>
            <h3>{t('notes')}</h3>
            <Localized text={heroText('notes', hero.notes)!} slug={hero.slug} block />
          </>
        )}
      </section>

      <footer className="print-only print-colophon">
        <p>{t('permanentAddress')}: {permanentAddress}</p>
        <p>{t('printedOn')}: <PrintDate locale={locale} /></p>
      </footer>
    </article>
  );
}
