// A person's group and place in the count, said no surer than the sources (lib/heroes/membership.ts).
import { getLocale, getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { groupTerm } from '@/lib/i18n/glossary';
import { describeMembership, type MembershipFacts } from '@/lib/heroes/membership';
import { HERO_GROUPS } from '@/lib/heroes/schemas';
import { Options } from './form-parts';

/** The group written for one person, marked when it is an inference. */
export async function GroupLabel({ hero }: { hero: MembershipFacts }) {
  const t = await getTranslations('hero');
  const group = groupTerm(hero.group, toLocale(await getLocale()));
  return <>{describeMembership(hero).groupInferred ? t('groupInferred', { group }) : group}</>;
}

/** The choice of a group on the list's and the search's filters: any, or one by its plural name. */
export async function GroupFilter({
  label,
  value,
  locale,
}: {
  label: string;
  value: string | undefined;
  locale: string;
}) {
  const tg = await getTranslations({ locale, namespace: 'groups' });
  const groups = HERO_GROUPS.map((group) => ({ value: group, label: groupTerm(group, toLocale(locale), 'many') }));
  return (
    <label>
      {label}{' '}
      <select name="group" defaultValue={value ?? ''}>
        <option value="">{tg('all')}</option>
        <Options options={groups} />
      </select>
    </label>
  );
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
