import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, requirePermission, requireRole, type Actor } from '../../lib/permissions';

const actor = (role: 'CONTRIBUTOR' | 'MODERATOR' | 'ADMIN', disabled = false): Actor => ({ id: 'u', role, disabled });

describe('the permission table', () => {
  it('lets each role do what the table says and nothing more', () => {
    expect(can(actor('CONTRIBUTOR'), 'create:submission:own')).toBe(true);
    expect(can(actor('CONTRIBUTOR'), 'review:submission:any')).toBe(false);
    expect(can(actor('MODERATOR'), 'review:submission:any')).toBe(true);
    expect(can(actor('MODERATOR'), 'update:role:any')).toBe(false);
    expect(can(actor('ADMIN'), 'update:role:any')).toBe(true);
    // Restoring is its own permission, held by the same roles as reviewing today.
    expect(can(actor('CONTRIBUTOR'), 'restore:revision:any')).toBe(false);
    expect(can(actor('MODERATOR'), 'restore:revision:any')).toBe(true);
    expect(can(actor('ADMIN'), 'restore:revision:any')).toBe(true);
    // Trusting a reader with a language's reviews is a moderator's call; holding the right is anyone's.
    expect(can(actor('CONTRIBUTOR'), 'grant:translation-review:any')).toBe(false);
    expect(can(actor('MODERATOR'), 'grant:translation-review:any')).toBe(true);
    expect(can(actor('CONTRIBUTOR'), 'review:translation:granted-language')).toBe(true);
    expect(can(actor('CONTRIBUTOR'), 'review:translation:any')).toBe(false);
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can(null, permission)).toBe(false);
      expect(can(actor('ADMIN', true), permission)).toBe(false);
    }
    expect(can(actor('ADMIN'), 'delete:everything' as never)).toBe(false);
  });

  it('throws typed errors: UNAUTHORIZED for anonymous, FORBIDDEN for the wrong role', () => {
    expect(() => requirePermission(null, 'read:users:any')).toThrow(expect.objectContaining({ code: 'UNAUTHORIZED' }));
    expect(() => requirePermission(actor('MODERATOR'), 'read:users:any')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => requireRole(actor('ADMIN'), 'MODERATOR')).not.toThrow();
    expect(() => requireRole(actor('CONTRIBUTOR'), 'MODERATOR')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
