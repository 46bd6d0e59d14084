// The names not yet identified: the fact sheet's candidates that research has not ruled out,
// public, with their texts in every language; and the one a new-Hero proposal starts from.
import { z } from 'zod';
import { db } from '../db';
import { listTranslations } from '../heroes/queries';
import { candidateTexts } from '../i18n/record-texts';
import { IdSchema } from '../ids';
import { readCandidateName } from './names';
import { isListedCandidate, readCandidateStatus } from './status';

const publicFields = { id: true, surnameRu: true, initial: true, source: true, evidence: true, status: true } as const;

/** A source cell may hold several addresses, "; " between them. */
function sourceLinks(source: string): { url: string; host: string }[] {
  return source
    .split(/;\s*/)
    .map((part) => part.trim())
    .filter((part) => /^https?:\/\//.test(part))
    .map((url) => ({ url, host: URL.canParse(url) ? new URL(url).host.replace(/^www\./, '') : url }));
}

/**
 * Every listed candidate (see isListedCandidate): names in Russian alphabetical order, then the
 * entries that name no one; with the Russian and Tajik texts of all of them.
 */
export async function listPublicCandidates() {
  const rows = (await db.candidate.findMany({ select: publicFields })).filter((row) => isListedCandidate(row.status));
  const candidates = rows
    .map((row) => ({
      id: row.id,
      ...readCandidateName(row),
      evidence: row.evidence,
      ...readCandidateStatus(row.status),
      sources: sourceLinks(row.source),
    }))
    .sort((a, b) =>
      (a.name === null) !== (b.name === null)
        ? a.name === null
          ? 1
          : -1
        : (a.name ?? a.description ?? '').localeCompare(b.name ?? b.description ?? '', 'ru') ||
          a.id.localeCompare(b.id),
    );
  return { candidates, texts: await listTranslations(rows.flatMap(candidateTexts)) };
}

export const CandidateQuerySchema = z.object({ candidate: IdSchema.optional() });

/** The listed candidate a proposal starts from, or null for an id that names none (or a ruled-out one). */
export async function getListedCandidate(id: unknown) {
  const parsed = IdSchema.safeParse(id);
  if (!parsed.success) return null;
  const row = await db.candidate.findUnique({ where: { id: parsed.data }, select: publicFields });
  if (!row || !isListedCandidate(row.status)) return null;
  return { id: row.id, ...readCandidateName(row) };
}
