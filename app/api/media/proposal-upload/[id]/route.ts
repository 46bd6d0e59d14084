// A picture sent with the contributor's own proposal of a new Hero: the same upload as to a
// profile (server/server.ts allows this path 32 MB too).
import { uploadMediaWithProposal } from '@/lib/media/media';
import { respondToUpload } from '../../upload/respond';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondToUpload(request, (actor, file, fields) => uploadMediaWithProposal(actor, id, file, fields));
}
