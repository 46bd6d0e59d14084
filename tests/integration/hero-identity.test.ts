// A new-Hero approval makes the slug and name forms by lib/heroes/identity.ts's rule, against the
// real database: a name another record holds gets the birth year, then -2.
import { describe, expect, it } from 'vitest';
import { approveSubmission } from '../../lib/moderation/moderation';
import { proposeNewHero } from '../../lib/submissions/submissions';
import type { Actor } from '../../lib/permissions';
import { useFileDatabase } from '../support/database';
import { EMPTY_NEW_HERO_FORM } from '../support/factories';

const prisma = useFileDatabase();

const proposal = (over: Record<string, string>) => ({
  ...EMPTY_NEW_HERO_FORM,
  surnameRu: 'Ургинов',
  givenRu: 'Зафар',
  surnameEn: 'Urginov',
  givenEn: 'Zafar',
  biographyEn: 'A test record proposed by the identity tests.',
  biographyRu: 'Тестовая запись из проверок имён.',
  group: 'TAJIK_SSR',
  countedIn64: 'no',
  membershipNote: 'The test archive document names him.',
  sourceTitle: 'Test archive document',
  archiveRef: 'TsAMO, fond 33, opis 1, delo 3',
  note: 'The award list names him.',
  ...over,
});

async function actor(role: 'CONTRIBUTOR' | 'MODERATOR'): Promise<NonNullable<Actor>> {
  const user = await prisma.user.create({ data: { email: `${role.toLowerCase()}.${Date.now()}@identity.test`, role } });
  return { id: user.id, role, disabled: false };
}

describe('a Hero made by an approval', () => {
  it('gets the slug of his English name, then his birth year, then -2, and his name forms by where they come from', async () => {
    const [contributor, moderator] = [await actor('CONTRIBUTOR'), await actor('MODERATOR')];
    const approve = async (over: Record<string, string>) => {
      const { id } = await proposeNewHero(contributor, proposal(over));
      return (await approveSubmission(moderator, { submissionId: id, note: 'Documented.' })).slug;
    };
    expect(await approve({ birthDate: '1920', fullNameTg: 'Зафар Урғинов' })).toBe('zafar-urginov');
    expect(await approve({ birthDate: '1920' })).toBe('zafar-urginov-1920');
    expect(await approve({ birthDate: '1920-03' })).toBe('zafar-urginov-1920-2');
    expect(await approve({})).toBe('zafar-urginov-2');
    // A seeded Hero's name: the seeded record keeps its address.
    expect(
      await approve({
        surnameRu: 'Азизов',
        givenRu: 'Домулло',
        surnameEn: 'Azizov',
        givenEn: 'Domullo',
        birthDate: '1913',
      }),
    ).toBe('domullo-azizov-1913');

    const first = await prisma.hero.findUniqueOrThrow({
      where: { slug: 'zafar-urginov' },
      select: {
        fullNameTg: true,
        fullNameTgOrigin: true,
        names: { select: { value: true, script: true, language: true, isPrimary: true }, orderBy: { value: 'asc' } },
      },
    });
    expect(first).toEqual({
      fullNameTg: 'Зафар Урғинов',
      fullNameTgOrigin: 'PROPOSED',
      names: [
        { value: 'Zafar Urginov', script: 'LATIN', language: 'en', isPrimary: true },
        { value: 'Зафар Ургинов', script: 'RU', language: 'ru', isPrimary: true },
        { value: 'Зафар Урғинов', script: 'TG', language: 'tg', isPrimary: false },
      ],
    });
  });
});
