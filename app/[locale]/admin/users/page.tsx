import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { listRoleChanges, listUsers, USERS_PAGE_SIZE } from '@/lib/accounts/users';
import { Pager, pageOf } from '../../../_components/pager';
import { UserRow } from './user-row';
import { TableHead } from '../../../_components/table-head';
import { openPage, metadataOf, type LocaleQueryProps } from '../../../_components/page-frame';

// Rendered for each request: it depends on who is reading or on the query.
export const instant = false;

export const generateMetadata = metadataOf('users');

export default async function AdminUsersPage({ params, searchParams }: LocaleQueryProps<{ page?: string }>) {
  const locale = await openPage(params);
  const actor = await requirePageActor(locale, 'read:users:any');
  const t = await getTranslations('account');
  const page = pageOf((await searchParams).page);
  const [{ items: users, total }, changes] = await Promise.all([
    listUsers(actor, { offset: (page - 1) * USERS_PAGE_SIZE }),
    listRoleChanges(actor),
  ]);
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const tl = await getTranslations('list');
  return (
    <article>
      <h1>{t('adminUsers')}</h1>
      <table className="hero-table">
        <TableHead columns={[t('email'), t('role'), t('status')]} />
        <tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={{ id: user.id, email: user.email ?? user.id, role: user.role, disabled: user.disabledAt !== null }}
              isSelf={user.id === actor.id}
              labels={{
                change: t('changeRole'),
                disable: t('disable'),
                enable: t('enable'),
                disabled: t('disabled'),
                active: t('active'),
                roles: {
                  CONTRIBUTOR: t('roles.CONTRIBUTOR'),
                  MODERATOR: t('roles.MODERATOR'),
                  ADMIN: t('roles.ADMIN'),
                },
              }}
            />
          ))}
        </tbody>
      </table>
      <Pager
        pages={pages}
        previous={page > 1 ? { pathname: '/admin/users', query: { page: String(page - 1) } } : null}
        next={page < pages ? { pathname: '/admin/users', query: { page: String(page + 1) } } : null}
        labels={{ previous: tl('previous'), next: tl('next'), page: tl('page', { page, pages }) }}
      />
      <h2>{t('roleChanges')}</h2>
      <ul data-testid="role-changes">
        {changes.map((change) => (
          <li key={change.id}>
            {change.createdAt.toISOString().slice(0, 16).replace('T', ' ')}:{' '}
            {change.subject?.email ?? t('removedAccount')} {change.fromRole} → {change.toRole} (
            {change.actor?.email ?? change.via})
          </li>
        ))}
      </ul>
    </article>
  );
}
