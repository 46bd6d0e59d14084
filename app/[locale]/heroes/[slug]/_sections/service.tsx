// Rank, role, the units he served in (each with its chain of command) and the battles he fought.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { PROFILE_FACTS } from '@/lib/heroes/profile-facts';
import { unitChain } from '@/lib/heroes/units';
import { parsePartialDate } from '@/lib/partial-date';
import { DateText } from '../../../../_components/partial-date';
import { Localized } from '../../../../_components/localized';
import { FactSection, shownRows, type FactRows } from './fact-list';
import type { Profile } from './profile';

function Units({ profile: { hero, locale, text } }: { profile: Profile }) {
  return (
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
                  <Link
                    href={`/units/${unit.slug}`}
                    lang={unitName.lang ?? undefined}
                    data-status={unitName.status}
                    className={unitName.status === 'DRAFT' ? 'draft' : undefined}
                  >
                    {unitName.value}
                  </Link>
                </span>
              );
            })}
            {(entry.fromDate || entry.toDate) && (
              <span className="muted">
                {' ('}
                {entry.fromDate ? <DateText text={entry.fromDate} locale={locale} /> : '?'} –{' '}
                {entry.toDate ? <DateText text={entry.toDate} locale={locale} /> : '?'})
              </span>
            )}
            {note && (
              <span className="muted">
                {' '}
                — <Localized text={note} slug={hero.slug} />
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Battles({ profile: { hero, locale, text } }: { profile: Profile }) {
  return (
    <ul>
      {hero.battles.map((p) => {
        const battleName = text('Battle', p.battle.id, 'name', p.battle.name)!;
        const note = text('BattleParticipation', p.id, 'note', p.note);
        const when = text('BattleParticipation', p.id, 'dateText', p.dateText);
        const where = text('BattleParticipation', p.id, 'place', p.place);
        return (
          <li key={p.battle.slug}>
            <Link
              href={`/battles/${p.battle.slug}`}
              lang={battleName.lang ?? undefined}
              data-status={battleName.status}
              className={battleName.status === 'DRAFT' ? 'draft' : undefined}
            >
              {battleName.value}
            </Link>
            {note && (
              <span>
                {' '}
                (<Localized text={note} slug={hero.slug} />)
              </span>
            )}
            {(when || where) && (
              <span className="muted">
                {' — '}
                {/* A date kept as text is still a date: shown in the one format of the reader's language. */}
                {when &&
                  (parsePartialDate(when.value) ? (
                    <DateText text={when.value} locale={locale} />
                  ) : (
                    <Localized text={when} slug={hero.slug} />
                  ))}
                {when && where && ', '}
                {where && <Localized text={where} slug={hero.slug} />}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export async function Service({ profile }: { profile: Profile }) {
  const { hero, heroText, facts } = profile;
  const t = await getTranslations('hero');
  const rows: FactRows<(typeof PROFILE_FACTS.service)[number]> = {
    rank: {
      label: t('rank'),
      value: () => <Localized text={heroText('rankAtFeat', hero.rankAtFeat)!} slug={hero.slug} />,
    },
    role: { label: t('role'), value: () => <Localized text={heroText('role', hero.role)!} slug={hero.slug} /> },
    units: { label: t('units'), value: () => <Units profile={profile} /> },
    battles: { label: t('battles'), value: () => <Battles profile={profile} /> },
  };
  return <FactSection id="service" heading={t('service')} rows={shownRows(facts.shown.service, rows)} />;
}
