// What both upload routes (to a profile, with a proposal of a new Hero) answer: the new item's id,
// or the refusal in the reader's language, field by field for invalid input.
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth';
import { ValidationError, isAppError } from '@/lib/errors';
import { describeError, describeFields } from '@/lib/i18n/errors';
import type { Actor } from '@/lib/permissions';
import type { UploadedFile } from '@/lib/media/media';
import { toLocale } from '@/i18n/routing';

const STATUS: Record<string, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  INVALID_INPUT: 400,
  CONFLICT: 409,
};

export async function respondToUpload(
  request: Request,
  store: (actor: Actor, file: UploadedFile, fields: Record<string, unknown>) => Promise<{ id: string }>,
) {
  const requested = new URL(request.url).searchParams.get('locale') ?? '';
  const locale = toLocale(requested);
  const actor = await getActor();
  try {
    const form = await request.formData().catch(() => null);
    if (!form) throw new ValidationError({ file: 'fileMissing' });
    const file = form.get('file');
    const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string'));
    const upload =
      file instanceof File
        ? { bytes: Buffer.from(await file.arrayBuffer()), name: file.name }
        : { bytes: Buffer.alloc(0), name: '' };
    const created = await store(actor, upload, fields);
    return NextResponse.json({ ok: true, id: created.id }, { status: 201 });
  } catch (error) {
    if (error instanceof ValidationError) {
      return NextResponse.json({ ok: false, fields: await describeFields(error.fields, locale) }, { status: 400 });
    }
    const message = await describeError(error, locale);
    return NextResponse.json({ ok: false, message }, { status: isAppError(error) ? (STATUS[error.code] ?? 400) : 500 });
  }
}
