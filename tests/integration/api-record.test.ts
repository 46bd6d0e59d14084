// One record, every channel: GET /api/heroes/{slug} answers with the very record the JSON export
// holds for that Hero (the same schema, built by the same function), which carries each text in
// every language with its status and the approved pictures, and nothing pending or personal.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { approveMedia, uploadMedia } from '../../lib/media/media';
import type { Actor } from '../../lib/permissions';
import { useFileDatabase } from '../support/database';
import { png, UPLOAD_FIELDS } from '../support/images';
import { useSite } from '../support/site';

const site = useSite();
const prisma = useFileDatabase();
const tag = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const PICTURED = 'veniamin-nedoshivin';
let contributor: NonNullable<Actor>;
let moderator: NonNullable<Actor>;

type Text = { value: string; status: 'SOURCE' | 'REVIEWED' | 'DRAFT' } | null;
type ApiRecord = Record<string, unknown> & {
  slug: string;
  externalIds: Record<string, string | null>;
  unconfirmedIds: string[];
  fullNameTg: string | null;
  fullNameTgOrigin: 'SOURCE' | 'TRANSLITERATION' | 'PROPOSED' | null;
  texts: { entity: string; field: string; en: Text; ru: Text; tg: Text }[];
  media: {
    id: string;
    kind: string;
    caption: string;
    licence: string;
    credit: string;
    files: { variant: string; url: string }[];
  }[];
  license: unknown;
};

beforeAll(async () => {
  const c = await prisma.user.create({ data: { email: `uploader.${tag}@family.example`, name: `Uploader ${tag}` } });
  const m = await prisma.user.create({ data: { email: `checker.${tag}@moderators.example`, role: 'MODERATOR' } });
  contributor = { id: c.id, role: 'CONTRIBUTOR', disabled: false };
  moderator = { id: m.id, role: 'MODERATOR', disabled: false };
});

async function apiRecord(slug: string): Promise<{ status: number; body: ApiRecord; text: string }> {
  const response = await fetch(`${site.url}/api/heroes/${slug}`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as ApiRecord, text };
}

async function exportedRecords(): Promise<ApiRecord[]> {
  const response = await fetch(`${site.url}/api/export?format=json`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { heroes: ApiRecord[] }).heroes;
}

async function answerValidator() {
  const document = await (await fetch(`${site.url}/api/openapi.json`)).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi', ...document });
  const check = ajv.compile({
    $ref: 'openapi#/paths/~1api~1heroes~1{slug}/get/responses/200/content/application~1json/schema',
  });
  return (body: unknown) => (check(body) ? null : JSON.stringify(check.errors?.slice(0, 3)));
}

function withoutLicence({ license, ...record }: ApiRecord) {
  expect(license).toMatchObject({ facts: { id: 'CC0-1.0' } });
  return record;
}

describe("GET /api/heroes/{slug} is the export's record", () => {
  it("equals the JSON export's record for every published Hero, and validates against the OpenAPI document", async () => {
    const exported = await exportedRecords();
    const published = await prisma.hero.findMany({
      where: { published: true },
      select: { slug: true },
      orderBy: { slug: 'asc' },
    });
    expect(exported.map((h) => h.slug)).toEqual(published.map((h) => h.slug));
    expect(published.length).toBeGreaterThan(20);
    const check = await answerValidator();
    for (const record of exported) {
      const { status, body } = await apiRecord(record.slug);
      expect(status, record.slug).toBe(200);
      expect(check(body), record.slug).toBeNull();
      expect(withoutLicence(body), record.slug).toEqual(record);
      // The warheroes.ru id is a field of the one shape, whatever value the seed gives it.
      expect(Object.keys(body.externalIds), record.slug).toContain('warheroes');
    }
    site.assertNoServerErrors();
  });

  it("carries Saidbekov's warheroes.ru id, his Tajik name form's origin, his texts in English, Russian and Tajik with their status, and no pictures until one is approved", async () => {
    const { status, body } = await apiRecord('amirali-saidbekov');
    expect(status).toBe(200);
    expect(body.media).toEqual([]);
    expect((await answerValidator())(body)).toBeNull();
    // The fact sheet's warheroes.ru page, confirmed; his Tajik form is a source's.
    expect(body.externalIds.warheroes).toBe('10664');
    expect(body.unconfirmedIds).toEqual([]);
    expect(body.fullNameTg).toBeTruthy();
    expect(body.fullNameTgOrigin).toBe('SOURCE');

    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: 'amirali-saidbekov' },
      select: { id: true, biographyEn: true, biographyRu: true },
    });
    const biography = body.texts.find((t) => t.entity === 'Hero' && t.field === 'biography');
    expect(biography).toBeDefined();
    // English is the record's own wording; the Russian biography is its own column, with a status.
    expect(biography!.en).toEqual({ value: hero.biographyEn, status: 'SOURCE' });
    expect(biography!.ru).toEqual({ value: hero.biographyRu, status: 'DRAFT' });
    expect(biography!.tg).toMatchObject({ status: 'DRAFT' });
    expect(biography!.tg!.value.length).toBeGreaterThan(50);

    // Every text has its English; each of his own Translation rows is there with its value and
    // status, found as a reader finds it: by what it is and the English it translates.
    expect(body.texts.every((t) => t.en !== null && t.en.status === 'SOURCE' && t.en.value.trim() !== '')).toBe(true);
    const rows = await prisma.translation.findMany({ where: { heroId: hero.id, value: { not: null } } });
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const text = body.texts.find(
        (t) => t.entity === row.entity && t.field === row.field && t.en?.value === row.sourceText,
      );
      expect(text, `${row.entity}:${row.field}`).toBeDefined();
      expect(text![row.locale as 'ru' | 'tg'], `${row.entity}:${row.field}:${row.locale}`).toEqual({
        value: row.value,
        status: row.status,
      });
    }
    for (const locale of ['ru', 'tg'] as const)
      expect(body.texts.filter((t) => t[locale] !== null).length, locale).toBeGreaterThan(3);

    // A picture of him approved now is in his record at once; one still waiting is not.
    const caption = `Saidbekov portrait ${tag}`;
    const { id: mediaId } = await uploadMedia(
      contributor,
      'amirali-saidbekov',
      { bytes: await png(800, 600, '#336655'), name: 'saidbekov.png' },
      { ...UPLOAD_FIELDS, caption, credit: `Archive of ${tag}`, licence: 'CC_BY_4' },
    );
    expect((await apiRecord('amirali-saidbekov')).body.media).toEqual([]);
    await approveMedia(moderator, { mediaId, portrait: true, note: '' });
    const after = await apiRecord('amirali-saidbekov');
    expect(after.body.media.map((m) => ({ id: m.id, caption: m.caption, kind: m.kind, licence: m.licence }))).toEqual([
      { id: mediaId, caption, kind: 'PORTRAIT', licence: 'CC_BY_4' },
    ]);
    expect(after.body.media[0]!.files.length).toBeGreaterThan(3);
    expect((await answerValidator())(after.body)).toBeNull();
    site.assertNoServerErrors();
  });

  it('marks a possible match among the ids as unconfirmed, keeps it out of sameAs, and says where each Tajik name form comes from', async () => {
    for (const [slug, warheroes] of [
      ['g-filippov', '15774'],
      ['v-khabiev', '8206'],
    ] as const) {
      const { body } = await apiRecord(slug);
      expect(body.externalIds.warheroes, slug).toBe(warheroes);
      expect(body.unconfirmedIds, slug).toEqual(['warheroes']);
    }
    expect((await apiRecord('seitnafe-seitveliev')).body).toMatchObject({
      externalIds: { warheroes: '8855' },
      unconfirmedIds: [],
    });
    // Each Hero's origin is the database's, and there is one exactly when there is a Tajik form.
    const heroes = await prisma.hero.findMany({
      where: { published: true },
      select: { slug: true, fullNameTg: true, fullNameTgOrigin: true, unconfirmedIds: true },
    });
    const exported = new Map((await exportedRecords()).map((h) => [h.slug, h]));
    for (const hero of heroes) {
      const record = exported.get(hero.slug)!;
      expect(record.fullNameTgOrigin, hero.slug).toBe(hero.fullNameTg ? hero.fullNameTgOrigin : null);
      expect(record.unconfirmedIds, hero.slug).toEqual(hero.unconfirmedIds);
    }
    expect(exported.get('tuychi-erdzhigitov')!.fullNameTgOrigin).toBe('TRANSLITERATION');

    const graph = (
      (await (await fetch(`${site.url}/api/export?format=jsonld`)).json()) as {
        '@graph': { '@id': string; sameAs?: string[] }[];
      }
    )['@graph'];
    const sameAs = (slug: string) => graph.find((p) => p['@id'] === `#${slug}`)?.sameAs ?? [];
    expect(sameAs('g-filippov').join(' ')).not.toContain('warheroes.ru');
    expect(sameAs('v-khabiev').join(' ')).not.toContain('warheroes.ru');
    expect(sameAs('amirali-saidbekov')).toContain('https://warheroes.ru/hero/hero.asp?Hero_id=10664');

    // The OpenAPI document says so, and says its version changed.
    const document = (await (await fetch(`${site.url}/api/openapi.json`)).json()) as {
      info: { version: string; description: string };
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(document.info.version).toBe('2');
    expect(document.info.description).toMatch(/Version 2 .*fullNameTgOrigin.*unconfirmedIds/);
    const properties = Object.values(document.components.schemas).filter(
      (schema) => schema.properties && 'biographyEn' in schema.properties,
    );
    expect(properties.length).toBeGreaterThan(0);
    for (const schema of properties)
      expect(Object.keys(schema.properties!)).toEqual(
        expect.arrayContaining(['fullNameTgOrigin', 'unconfirmedIds', 'media', 'texts']),
      );
    site.assertNoServerErrors();
  });

  it('lists an approved picture with its kind, caption, licence, credit and files, and never a pending one', async () => {
    const approvedCaption = `Approved portrait ${tag}`;
    const pendingCaption = `Pending photograph ${tag}`;
    const { id: approvedId } = await uploadMedia(
      contributor,
      PICTURED,
      { bytes: await png(900, 700, '#446688'), name: 'portrait.png' },
      { ...UPLOAD_FIELDS, caption: approvedCaption, credit: `Family of ${tag}`, licence: 'CC_BY_SA_4' },
    );
    await approveMedia(moderator, { mediaId: approvedId, portrait: true, note: '' });
    const { id: pendingId } = await uploadMedia(
      contributor,
      PICTURED,
      { bytes: await png(880, 660, '#884466'), name: 'pending.png' },
      { ...UPLOAD_FIELDS, kind: 'PHOTOGRAPH', caption: pendingCaption },
    );

    const { status, body, text } = await apiRecord(PICTURED);
    expect(status).toBe(200);
    expect((await answerValidator())(body)).toBeNull();
    expect(body.media).toHaveLength(1);
    const [picture] = body.media;
    expect(picture).toMatchObject({
      id: approvedId,
      kind: 'PORTRAIT',
      caption: approvedCaption,
      licence: 'CC_BY_SA_4',
      credit: `Family of ${tag}`,
    });
    const files = await prisma.mediaFile.findMany({
      where: { mediaId: approvedId, variant: { not: 'iiif' } },
      select: { variant: true, key: true },
    });
    expect(files.length).toBeGreaterThan(3);
    for (const file of files)
      expect(picture!.files, file.variant).toContainEqual(
        expect.objectContaining({ variant: file.variant, url: `/api/media/files/${file.key}` }),
      );
    for (const file of picture!.files.filter((f) => f.url.startsWith('/api/media/files/'))) {
      expect((await fetch(`${site.url}${file.url}`)).status, file.url).toBe(200);
    }

    // Nothing pending, and no one behind the pictures.
    expect(text).not.toContain(pendingId);
    expect(text).not.toContain(pendingCaption);
    for (const secret of [contributor.id, moderator.id, '@family.example', '@moderators.example', `Uploader ${tag}`])
      expect(text).not.toContain(secret);

    // And the export says the same.
    const exported = (await exportedRecords()).find((h) => h.slug === PICTURED)!;
    expect(withoutLicence(body)).toEqual(exported);
    site.assertNoServerErrors();
  });
});
