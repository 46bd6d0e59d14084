import { z } from 'zod';

/** Record ids as the archive makes them (cuid): anything else is not one of ours. */
export const IdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'Not a valid id');
