'use client';
import { useActionState } from 'react';
import { changeUserRoleAction, setUserDisabledAction } from '@/lib/accounts/actions';

type Labels = {
  change: string;
  disable: string;
  enable: string;
  disabled: string;
  active: string;
  roles: Record<string, string>;
};

export function UserRow({
  user,
  isSelf,
  labels,
}: {
  user: { id: string; email: string; role: string; disabled: boolean };
  isSelf: boolean;
  labels: Labels;
}) {
  const [roleState, changeRole, roleBusy] = useActionState(changeUserRoleAction, null);
  const [disableState, toggle, disableBusy] = useActionState(setUserDisabledAction, null);
  const message = roleState ?? disableState;
  return (
    <tr data-user={user.email}>
      <td>{user.email}</td>
      <td>
        <form action={changeRole}>
          <input type="hidden" name="userId" value={user.id} />
          <select name="role" defaultValue={user.role} aria-label={`${labels.change}: ${user.email}`} disabled={isSelf}>
            {Object.entries(labels.roles).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>{' '}
          <button type="submit" disabled={isSelf || roleBusy}>
            {labels.change}
          </button>
        </form>
      </td>
      <td>
        {user.disabled ? labels.disabled : labels.active}{' '}
        {!isSelf && (
          <form action={toggle} className="inline-form">
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
            <button type="submit" disabled={disableBusy}>
              {user.disabled ? labels.enable : labels.disable}
            </button>
          </form>
        )}
        {message && (
          <p role="status" className={message.ok ? 'muted' : 'warning'}>
            {message.message}
          </p>
        )}
      </td>
    </tr>
  );
}
