// The full export: every published Hero, canonically ordered, valid against the JSON Schema
// generated from the zod schemas, carrying its licence, and nothing private. Through the script
// and through GET /api/export (streamed, compressed, ETag, cross-origin, rate-limited).
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, readPublishedHeroes } from '../../lib/exports/export';
import { ExportDocumentSchema, exportJsonSchema } from '../../lib/exports/schemas';
import { useFileDatabase } from '../support/database';
import { createPendingCorrection, createPendingPicture } from '../support/factories';
import { fetchFrom } from '../support/http';
import { runScript } from '../support/scripts';
import { useSite } from '../support/site';

const site = useSite({ EXPORT_LIMIT_PER_CLIENT: '3' });
const prisma = useFileDatabase();
const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-export-'));
const SECRET = `private-${Date.now()}`;
const EMAIL = `grandson.${SECRET}@family.example`;

beforeAll(async () => {
  // Private things that must never leave: an address, a pending proposal, an unpublished Hero,
  // a pending picture's caption.
  const user = await prisma.user.create({ data: { email: EMAIL, name: `Name ${SECRET}` } });
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: 'veniamin-nedoshivin' }, select: { id: true } });
  await createPendingCorrection(prisma, {
    heroId: hero.id,
    authorId: user.id,
    payload: { postwar: `proposal ${SECRET}` },
    note: `note ${SECRET}`,
  });
  await prisma.hero.create({
    data: {
      slug: 'unpublished-draft-zz',
      surnameRu: `Черновик${SECRET}`,
      surnameEn: 'Draft',
      group: 'OTHER',
      countedIn64: false,
      membershipNote: '',
      biographyEn: '',
      biographyRu: '',
      confidence: 'LOW',
      published: false,
    },
  });
  await createPendingPicture(prisma, { heroId: hero.id, uploaderId: user.id, caption: `pending ${SECRET}` });
});

function exportWith(format: string): string {
  const out = path.join(dir, `export.${format}`);
  const result = runScript('export.ts', ['--format', format, '--out', out]);
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('npm run export', () => {
  it('writes every published Hero as JSON that matches the generated JSON Schema, with the licence', async () => {
    const text = exportWith('json');
    const document = JSON.parse(text);
    const published = await prisma.hero.findMany({
      where: { published: true },
      select: { slug: true },
      orderBy: { slug: 'asc' },
    });
    expect(document.heroes.map((h: { slug: string }) => h.slug)).toEqual(published.map((h) => h.slug));
    expect(published.length).toBeGreaterThan(20);
    expect(document.license.facts.id).toBe('CC0-1.0');
    expect(document.license.texts.id).toBe('CC-BY-SA-4.0');
    // One record per line: the importer reads it so.
    expect(text.split('\n').length).toBe(published.length + 3); // opening, one per Hero, closing, final newline
    const validate = new Ajv2020({ strict: false }).compile(exportJsonSchema());
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(ExportDocumentSchema.safeParse(document).success).toBe(true);
    const erdzhigitov = document.heroes.find((h: { slug: string }) => h.slug === 'tuychi-erdzhigitov');
    expect(erdzhigitov.sources.length).toBeGreaterThan(0);
    expect(erdzhigitov.units.length).toBeGreaterThan(0);
    expect(erdzhigitov.awards.some((a: { kind: string }) => a.kind === 'HERO_OF_THE_SOVIET_UNION')).toBe(true);
  });

  it('leaves out everything private in every format', () => {
    for (const format of ['json', 'csv', 'jsonld']) {
      const text = exportWith(format);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('@family.example');
      expect(text).not.toContain('unpublished-draft-zz');
    }
  });

  it('writes CSV with the documented header after a licence line, and JSON-LD Persons', async () => {
    const csv = exportWith('csv');
    expect(csv.split('\n')[0]).toMatch(/^# .*CC0 1\.0.*CC BY-SA 4\.0/);
    const rows = parse<Record<string, string>>(csv, { comment: '#', columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(await prisma.hero.count({ where: { published: true } }));
    const ld = JSON.parse(exportWith('jsonld'));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld.license).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(ld['@graph'].every((p: { '@type': string }) => p['@type'] === 'Person')).toBe(true);
  });

  it('reads the archive in batches by a cursor, in the same order whatever the batch size', async () => {
    const slugs = async (size: number) => {
      const out: string[] = [];
      for await (const hero of readPublishedHeroes(prisma, size)) out.push(hero.slug);
      return out;
    };
    expect(await slugs(4)).toEqual(await slugs(1000));
  });

  it('refuses a bad format with exit status 1 and a message', () => {
    const result = runScript('export.ts', ['--format', 'xml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The format must be json, csv, jsonld or geojson.');
    expect(runScript('export.ts', ['--help']).stdout).toContain('Usage: npm run export');
  });
});

describe('GET /api/export', () => {
  it('streams the export compressed, with an ETag, the licence and cross-origin reads', async () => {
    const response = await fetchFrom('127.0.0.2', `${site.url}/api/export?format=json`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(String(response.headers.link)).toContain('rel="license"');
    const etag = String(response.headers.etag);
    expect(etag).toMatch(/^"export-json-/);
    // fetch undoes the compression itself.
    const body = await (
      await fetch(`${site.url}/api/export?format=json`, { headers: { 'accept-encoding': 'gzip' } })
    ).text();
    expect(body).toBe(exportWith('json'));
    const again = await fetchFrom('127.0.0.2', `${site.url}/api/export?format=json`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    site.assertNoServerErrors();
  });

  it('limits how many exports one client starts, and answers bad parameters with 400', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await fetchFrom('127.0.0.3', `${site.url}/api/export?format=csv`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fetchFrom('127.0.0.3', `${site.url}/api/export?format=csv`);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(JSON.parse(limited.text).error).toContain('Too many exports');
    // Another client is not affected.
    expect((await fetchFrom('127.0.0.4', `${site.url}/api/export?format=csv`)).status).toBe(200);
    const bad = await fetch(`${site.url}/api/export?format=xml`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toContain('format must be json, csv, jsonld or geojson');
  });
});

describe('the licence, stated where the data is read', () => {
  it('is on the about page in both languages and in every API answer', async () => {
    for (const [locale, words] of [
      ['en', 'public domain under CC0 1.0'],
      ['ru', 'общественное достояние по CC0 1.0'],
    ] as const) {
      const html = await (await fetch(`${site.url}/${locale}/about`)).text();
      expect(html).toContain(words);
      expect(html).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    }
    for (const pathname of ['/api/heroes', '/api/heroes/tuychi-erdzhigitov', '/api/search?q=nedoshivin']) {
      const response = await fetch(`${site.url}${pathname}`);
      expect(response.headers.get('link'), pathname).toContain(
        '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"',
      );
      expect(response.headers.get('access-control-allow-origin'), pathname).toBe('*');
    }
    expect((await (await fetch(`${site.url}/api/heroes/tuychi-erdzhigitov`)).json()).license.facts.id).toBe('CC0-1.0');
  });
});
