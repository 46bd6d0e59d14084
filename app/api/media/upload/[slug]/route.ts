// The image upload: a route handler, not a server action, because a photograph is far larger than
// the 1 MB a server action may carry (scripts/support/server.ts allows this path 32 MB).
import { NextResponse } from 'next/server';
import { getActor } from '@/lib/auth';
import { ValidationError, isAppError } from '@/lib/errors';
import { describeError, describeFields } from '@/lib/i18n/errors';
import { toLocale } from '@/i18n/routing';
import { uploadMedia } from '@/lib/media/media';


const STATUS: Record<string, number> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429, INVALID_INPUT: 400, CONFLICT: 409 };

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const requested = new URL(request.url).searchParams.get('locale') ?? '';
  const locale = toLocale(requested);
  const actor = await getActor();
  try {
    const form = await request.formData().catch(() => null);
    if (!form) throw new ValidationError({ file: 'fileMissing' });
    const file = form.get('file');
    const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string'));
    const upload = file instanceof File ? { bytes: Buffer.from(await file.arrayBuffer()), name: file.name } : { bytes: Buffer.alloc(0), name: '' };
    const created = await uploadMedia(actor, slug, upload, fields);
    return NextResponse.json({ ok: true, id: created.id }, { status: 201 });
  } catch (error) {
    if (error instanceof ValidationError) {
      return NextResponse.json({ ok: false, fields: await describeFields(error.fields, locale) }, { status: 400 });
    }
    const message = await describeError(error, locale);
    return NextResponse.json({ ok: false, message }, { status: isAppError(error) ? STATUS[error.code] ?? 400 : 500 });
  }
}
