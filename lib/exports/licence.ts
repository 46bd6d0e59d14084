// The archive's licence, stated once: in every export, every API answer (the Link/License
// headers below and a `license` field), the README and the about page. Facts are CC0 as in
// Wikidata so that anyone may reuse them without asking; the texts the archive writes itself
// (biographies, notes) are CC BY-SA 4.0; each media item keeps the licence its uploader chose.

export const LICENCE = {
  facts: { id: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  texts: { id: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  media:
    'Each media item carries its own licence (its "licence" field): CC BY 4.0, CC BY-SA 4.0, or shown with the family\'s permission, all rights reserved.',
  statement:
    'Structured facts (names, dates, places, units, battles, awards, sources, citations, conflicts, external ids): CC0 1.0. Texts written for the archive (biographies, membership and identity notes, postwar and other notes): CC BY-SA 4.0, attribute "Zvezda archive". Media: each item under its own licence.',
  textFields: ['biography', 'membershipNote', 'identityNote', 'postwar', 'notes'],
} as const;

/** What every API answer carries: a machine-readable pointer to the licence of the facts. */
const LICENCE_HEADERS: Record<string, string> = {
  // RFC 8288 link relation "license" (registered by IANA, RFC 4946).
  Link: `<${LICENCE.facts.url}>; rel="license"; title="facts ${LICENCE.facts.id}", <${LICENCE.texts.url}>; rel="license"; title="texts ${LICENCE.texts.id}"`,
  'X-License': `facts=${LICENCE.facts.id}; texts=${LICENCE.texts.id}; media=per-item`,
};

/** The `license` field of a JSON answer. */
export function licenceField() {
  return { facts: LICENCE.facts, texts: LICENCE.texts, media: LICENCE.media };
}

/** Public GET answers: anyone may read them from any origin, with the licence beside them. */
export const PUBLIC_API_HEADERS: Record<string, string> = {
  ...LICENCE_HEADERS,
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Link, X-License, Retry-After',
};
