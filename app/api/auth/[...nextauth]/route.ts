import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';

export const GET = handlers.GET;

export async function POST(request: NextRequest) {
  // Email links are requested through the sign-in page's action, which rate-limits them; the
  // Auth.js endpoint would let a client skip that.
  if (request.nextUrl.pathname.endsWith('/signin/nodemailer')) {
    return Response.json({ error: 'Ask for a sign-in link on the sign-in page.' }, { status: 404 });
  }
  return handlers.POST(request);
}
