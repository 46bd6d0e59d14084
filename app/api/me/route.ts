import { getReaderStatus } from '@/lib/accounts/users';
import { getActor } from '@/lib/auth';

// Who is reading, for the header of pages served from cache; never stored by a cache.
export async function GET() {
  const status = await getReaderStatus(await getActor());
  return Response.json(status, { headers: { 'Cache-Control': 'private, no-store' } });
}
