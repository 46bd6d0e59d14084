// The clickable map of the coordinate form, as an image. Its URL names everything that draws it
// (lib/maps/pick.ts), so one URL is always the same picture and browsers and proxies may keep it.
import type { NextRequest } from 'next/server';
import { parseFrame, parseMark, parseSize, renderPickMap, WHOLE_FRAME } from '@/lib/maps/pick';

export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const frameParam = params.get('frame');
  const frame = frameParam === null ? WHOLE_FRAME : parseFrame(frameParam);
  const size = parseSize(params.get('size'));
  if (!frame || !size)
    return new Response('Not a map this site draws.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  return new Response(renderPickMap(frame, size, parseMark(params.get('mark'))), {
    headers: {
      'Content-Type': 'image/svg+xml',
      // A day, not for ever: the borders drawn may change with an upgrade of the atlas.
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
