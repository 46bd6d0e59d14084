// The OpenAPI 3.1 document validates, and every documented endpoint answers as documented: the
// test walks each example request and checks status, content type and body against the
// document's own schemas; documented refusals are tried too. The API page lists them all.
import { validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { API_EXAMPLES, openApiDocument } from '../../lib/exports/openapi';
import { useSite } from '../support/site';

const site = useSite();

function responseValidator(document: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi', ...document });
  const pointer = (path: string, status: string, type: string) =>
    `openapi#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/get/responses/${status}/content/${type.replace(/\//g, '~1')}/schema`;
  return (path: string, status: number, type: string, body: unknown) => {
    const check = ajv.compile({ $ref: pointer(path, String(status), type) });
    return check(body) ? null : JSON.stringify(check.errors?.slice(0, 3));
  };
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, served at /api/openapi.json', async () => {
    const served = await (await fetch(`${site.url}/api/openapi.json`)).json();
    expect(served.openapi).toBe('3.1.0');
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const result = await validate(structuredClone(served));
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it('documents every endpoint it lists, and each answers as documented', async () => {
    const document = await (await fetch(`${site.url}/api/openapi.json`)).json();
    expect(Object.keys(document.paths).sort()).toEqual(API_EXAMPLES.map((e) => e.path).sort());
    const check = responseValidator(document);
    for (const { path, example } of API_EXAMPLES) {
      const response = await fetch(`${site.url}${example}`);
      expect(response.status, example).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), example).toBe('*');
      const type = response.headers.get('content-type')!.split(';')[0]!;
      const documented = Object.keys(document.paths[path].get.responses['200'].content);
      expect(documented, example).toContain(type);
      const body = await response.text();
      if (type === 'application/json') expect(check(path, 200, type, JSON.parse(body)), example).toBeNull();
      if (type === 'text/csv') expect(body.split('\n')[1]).toMatch(/^slug,wikidata,/);
    }
    // The JSON export too, against the generated schema of its format.
    const exported = await (await fetch(`${site.url}/api/export?format=json`)).json();
    expect(check('/api/export', 200, 'application/json', exported)).toBeNull();
    // Documented refusals.
    for (const [path, url, status] of [
      ['/api/heroes', '/api/heroes?limit=abc', 400],
      ['/api/heroes/{slug}', '/api/heroes/Bad%20Slug', 400],
      ['/api/heroes/{slug}', '/api/heroes/no-such-hero', 404],
      ['/api/search', '/api/search?limit=0', 400],
      ['/api/export', '/api/export?format=xml', 400],
    ] as const) {
      const response = await fetch(`${site.url}${url}`);
      expect(response.status, url).toBe(status);
      expect(check(path, status, 'application/json', await response.json()), url).toBeNull();
    }
    site.assertNoServerErrors();
  });

  it('has a human page listing each endpoint with an example, in both languages', async () => {
    for (const locale of ['en', 'ru']) {
      const response = await fetch(`${site.url}/${locale}/api`);
      expect(response.status).toBe(200);
      const html = await response.text();
      for (const { path, example } of API_EXAMPLES) {
        expect(html, path).toContain(`GET ${path}`);
        expect(html, example).toContain(`href="${example.replace(/&/g, '&amp;')}"`);
      }
    }
    expect(await (await fetch(`${site.url}/ru/api`)).text()).toContain('API архива');
  });
});
