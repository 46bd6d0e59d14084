// What the API page lists: each documented endpoint with its parameters and an example, read
// from the OpenAPI document so the page and the document cannot disagree.
import { API_EXAMPLES, openApiDocument } from './openapi';

type Parameter = {
  name: string;
  in?: string;
  required?: boolean;
  schema?: { type?: string; enum?: string[]; minimum?: number; maximum?: number; default?: string | number | boolean };
};

export function describeApi() {
  const document = openApiDocument();
  return API_EXAMPLES.map(({ path, example, summary }) => {
    const parameters = ((document.paths?.[path]?.get?.parameters ?? []) as Parameter[]).map((p) => {
      const s = p.schema ?? {};
      const detail = [
        p.in === 'path' ? 'in the path' : null,
        s.enum ? s.enum.join(' | ') : s.type,
        s.minimum !== undefined || s.maximum !== undefined ? `${s.minimum ?? ''}–${s.maximum ?? ''}` : null,
        s.default !== undefined ? `default ${String(s.default)}` : null,
      ]
        .filter(Boolean)
        .join(', ');
      return { name: p.name, detail };
    });
    return { id: `endpoint-${path.replace(/[^a-z]+/g, '-')}`, path, summary, example, parameters };
  });
}
