// Family memories are the family's words: moderated, then shown in their own section, and never
// among the sourced facts, in the JSON-LD, the JSON API or the completeness count.
import { beforeAll, describe, expect, it } from 'vitest';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';
import { useUsers } from '../support/factories';
import { heroNoOtherTestReads } from '../support/heroes';
import {
  amendMemory,
  approveMemory,
  getOwnMemoryToAmend,
  listOwnMemories,
  listPublicMemories,
  rejectMemory,
  requestMemoryChanges,
  writeMemory,
} from '../../lib/memories/memories';
import { getPublicHero } from '../../lib/heroes/queries';
import { heroJsonLd } from '../../lib/heroes/json-ld';

const site = useSite();
const prisma = useFileDatabase();
const [writer, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
const tag = Date.now();
let SLUG: string;
const MEMORY = `Grandmother said he sang on the way to the station, and that he wrote every month until the spring of 1944. ${tag}`;

beforeAll(async () => {
  // A Hero no other test reads, so a memory added here changes no other test's page.
  SLUG = (await heroNoOtherTestReads(prisma, 'asc')).slug;
});

describe('a family memory', () => {
  it('is checked, waits for a moderator, then appears only in its own section', async () => {
    const before = await getPublicHero(SLUG);
    await expect(
      writeMemory(null, SLUG, { text: MEMORY, relation: 'granddaughter', language: 'en' }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      writeMemory(writer, SLUG, { text: 'too short', relation: 'granddaughter', language: 'en' }),
    ).rejects.toMatchObject({ fields: { text: 'memoryTooShort' } });
    await expect(
      writeMemory(writer, SLUG, { text: MEMORY, relation: 'granddaughter', language: 'xx' }),
    ).rejects.toMatchObject({ fields: { language: 'chooseLanguage' } });
    const { id } = await writeMemory(writer, SLUG, { text: MEMORY, relation: 'granddaughter', language: 'en' });
    expect(await listPublicMemories(SLUG)).toEqual([]);
    expect(await (await fetch(`${site.url}/en/heroes/${SLUG}`)).text()).not.toContain(MEMORY);

    await expect(approveMemory(writer, { memoryId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await approveMemory(moderator, { memoryId: id });
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: 'approve:memory' } })).toBe(1);
    expect((await listPublicMemories(SLUG)).map((m) => m.text)).toEqual([MEMORY]);

    // Not a fact: the profile data, the JSON-LD and the completeness are what they were.
    const after = await getPublicHero(SLUG);
    expect(after!.completeness).toEqual(before!.completeness);
    expect(JSON.stringify(after)).not.toContain(MEMORY);
    expect(
      heroJsonLd(after!, 'en', { award: 'Hero of the Soviet Union', description: after!.biographyEn }),
    ).not.toContain(MEMORY);
    expect(await (await fetch(`${site.url}/api/heroes/${SLUG}`)).text()).not.toContain(MEMORY);

    const html = await (await fetch(`${site.url}/en/heroes/${SLUG}`)).text();
    const visible = html.slice(0, html.indexOf('</main>'));
    const section = /<section[^>]*data-testid="family-memories"[^>]*>([\s\S]*?)<\/section>/.exec(visible)?.[1] ?? '';
    expect(section).toContain(MEMORY);
    expect(section).toContain('not checked against documents');
    expect(visible.split(MEMORY)).toHaveLength(2); // once, there and nowhere else
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(jsonLd).not.toContain('sang on the way');
    const facts = [...visible.matchAll(/<dl class="facts"[\s\S]*?<\/dl>/g)].map((m) => m[0]).join('');
    expect(facts).not.toContain('sang on the way');
  });

  it('a rejected memory stays private and needs a reason', async () => {
    const text = `He planted the apricot trees behind the house before he left. ${tag}`;
    const { id } = await writeMemory(writer, SLUG, { text, relation: 'grandson', language: 'ru' });
    await expect(rejectMemory(moderator, { memoryId: id, note: '' })).rejects.toMatchObject({
      fields: { note: 'reasonRequired' },
    });
    await rejectMemory(moderator, { memoryId: id, note: 'This is about another person.' });
    expect((await listPublicMemories(SLUG)).map((m) => m.text)).not.toContain(text);
  });

  it('sent back for changes, is amended by its author only and waits for a moderator again', async () => {
    const text = `He wrote home from Stalingrad in pencil, every week. ${tag}`;
    const { id } = await writeMemory(writer, SLUG, { text, relation: 'grandson', language: 'en' });
    const amended = {
      text: `${text} My grandmother kept every letter.`,
      relation: 'grandson (son of his daughter)',
      language: 'en',
    };
    // Not sent back yet: nothing to amend.
    await expect(amendMemory(writer, id, amended)).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'notSentBack',
    });
    expect(await getOwnMemoryToAmend(writer, id)).toBeNull();
    await requestMemoryChanges(moderator, { memoryId: id, note: "Please leave out the neighbours' names." });
    expect((await listOwnMemories(writer)).find((m) => m.id === id)).toMatchObject({
      status: 'NEEDS_CHANGES',
      moderatorNote: "Please leave out the neighbours' names.",
    });
    expect(await getOwnMemoryToAmend(writer, id)).toMatchObject({ id, text });

    const untouched = await prisma.familyMemory.findUniqueOrThrow({ where: { id } });
    await expect(amendMemory(null, id, amended)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(amendMemory(moderator, id, amended)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getOwnMemoryToAmend(moderator, id)).toBeNull();
    await expect(amendMemory(writer, id, { ...amended, text: 'short' })).rejects.toMatchObject({
      fields: { text: 'memoryTooShort' },
    });
    expect(await prisma.familyMemory.findUniqueOrThrow({ where: { id } })).toEqual(untouched);

    await amendMemory(writer, id, amended);
    expect(await prisma.familyMemory.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ...amended,
      status: 'PENDING',
    });
    await expect(amendMemory(writer, id, amended)).rejects.toMatchObject({ code: 'CONFLICT' });
    await approveMemory(moderator, { memoryId: id });
    expect((await listPublicMemories(SLUG)).map((m) => m.text)).toContain(amended.text);
  });
});
