// How the media routes answer with a stored file, derivatives and deep-zoom tiles alike.
import type { ServedFile } from '@/lib/media/media';

/** A 404 that nothing keeps: the file may be approved later. */
export function mediaNotFound(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * A stored file, or a 404. A public file is cached for a year: its name is its content, so it
 * never goes stale. Any other (pending, for a moderator) is for this reader only and not kept.
 */
export function mediaFileResponse(file: ServedFile | null, options: { crossOrigin?: boolean } = {}): Response {
  if (!file) return mediaNotFound();
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      'Cache-Control': file.public ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(file.public && options.crossOrigin ? { 'Access-Control-Allow-Origin': '*' } : {}),
    },
  });
}
