// Additions that name a unit or a battle in Cyrillic: each name gets its own record and slug, and
// a Hero is linked to the record of the name proposed, never to one that merely shares a slug.
import { describe, expect, it } from 'vitest';
import { approveSubmission } from '../../lib/moderation/moderation';
import { proposeAddition } from '../../lib/submissions/submissions';
import { useFileDatabase } from '../support/database';
import { useUsers } from '../support/factories';
import { HEROES } from '../support/heroes';

const prisma = useFileDatabase();
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
const evidence = {
  sourceUrl: 'https://example.org/award-sheet-281',
  sourceTitle: '',
  archiveRef: '',
  note: 'The award sheet names the regiment and the battle.',
};

async function addAndApprove(slug: string, kind: 'UNIT' | 'BATTLE', values: Record<string, string>) {
  const { id } = await proposeAddition(contributor, slug, kind, { ...evidence, ...values });
  await approveSubmission(moderator, { submissionId: id });
}

const unitsOf = async (slug: string) =>
  (
    await prisma.service.findMany({
      where: { hero: { slug } },
      select: { unit: { select: { id: true, slug: true, name: true } } },
    })
  ).map((s) => s.unit);
const battlesOf = async (slug: string) =>
  (
    await prisma.battleParticipation.findMany({
      where: { hero: { slug } },
      select: { battle: { select: { id: true, slug: true, name: true } } },
    })
  ).map((b) => b.battle);

describe('units and battles named in Cyrillic', () => {
  it('an approved regiment is not attached to a division whose name only shares its number', async () => {
    // The division as the old slug rule stored it: "281-я стрелковая дивизия" -> "281".
    const division = await prisma.unit.create({
      data: { slug: '281', name: '281-я стрелковая дивизия', level: 'DIVISION' },
    });

    await addAndApprove(HEROES.saidbekov, 'UNIT', { unitName: '281-й стрелковый полк', level: 'REGIMENT' });

    const units = await unitsOf(HEROES.saidbekov);
    const regiment = units.find((u) => u.name === '281-й стрелковый полк');
    expect(regiment, 'the Hero is linked to the regiment proposed').toBeDefined();
    expect(units.map((u) => u.id)).not.toContain(division.id);
    expect(regiment!.slug).toBe('281-y-strelkovyy-polk');
    expect(await prisma.unit.count({ where: { name: '281-й стрелковый полк' } })).toBe(1);

    // The division itself, named again (other case, other spacing), is the existing record.
    await addAndApprove(HEROES.saidbekov, 'UNIT', { unitName: ' 281-Я Стрелковая Дивизия ', level: 'DIVISION' });
    expect((await unitsOf(HEROES.saidbekov)).map((u) => u.id)).toContain(division.id);
    expect(await prisma.unit.count({ where: { name: { contains: 'трелковая дивизия' } } })).toBe(1);
  });

  it('a battle named in Cyrillic gets a slug of its own, with a suffix when another name holds it', async () => {
    await prisma.battle.create({ data: { slug: 'stalingradskaya-bitva', name: 'Stalingradskaya bitva' } });

    await addAndApprove(HEROES.saidbekov, 'BATTLE', { battleName: 'Сталинградская битва', battleDate: '1942–1943' });
    const battle = (await battlesOf(HEROES.saidbekov)).find((b) => b.name === 'Сталинградская битва');
    expect(battle?.slug).toBe('stalingradskaya-bitva-2');

    // A second Hero in the same battle joins the same record.
    await addAndApprove(HEROES.seitveliev, 'BATTLE', { battleName: 'сталинградская битва' });
    expect((await battlesOf(HEROES.seitveliev)).map((b) => b.id)).toContain(battle!.id);
    expect(await prisma.battle.count({ where: { slug: { startsWith: 'stalingradskaya-bitva' } } })).toBe(2);
    expect(await prisma.battle.count({ where: { slug: '' } })).toBe(0);
  });
});
