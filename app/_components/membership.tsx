// A person's group and place in the count, said no surer than the sources (lib/heroes/membership.ts).
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { groupTerm } from '@/lib/i18n/glossary';
import { describeMembership, type MembershipFacts } from '@/lib/heroes/membership';

/** The group written for one person, marked when it is an inference. */
export async function GroupLabel({ hero }: { hero: MembershipFacts }) {
  const t = await getTranslations('hero');
  const group = groupTerm(hero.group, toLocale(await getLocale()));
  return <>{describeMembership(hero).groupInferred ? t('groupInferred', { group }) : group}</>;
}

/** The profile header's badges: group, place in the count with its confidence, identity caveat. */
export async function MembershipBadges({ hero }: { hero: MembershipFacts }) {
  const t = await getTranslations('hero');
  const statement = describeMembership(hero);
  return (
    <>
      <ul className="badges" data-testid="membership-badges">
        <li data-badge="group">
          <GroupLabel hero={hero} />
        </li>
        <li data-badge="membership" data-confidence={hero.membershipConfidence ?? 'unassessed'}>
          {t(`membershipBadge.${statement.membership}`)}
        </li>
      </ul>
      {statement.identityInDoubt && (
        <p className="warning" role="note" data-badge="identity">
          {t('identityCaveat')} <a href={hero.identityNote ? '#membership' : '#conflicts'}>{t('identityCaveatLink')}</a>
        </p>
      )}
    </>
  );
}
