// Cursor paging shared by every list: an opaque cursor encoding the offset of the next item.
import { badInput } from '../errors.ts';

export const MAX_PAGE = 500;

export function pageArgs(
  first: number | null | undefined,
  after: string | null | undefined,
): { skip: number; limit: number } {
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw badInput(`first: expected a whole number from 1 to ${MAX_PAGE}, got ${String(first)}.`);
  }
  let skip = 0;
  if (after) {
    const decoded = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
    if (!decoded) throw badInput('after: not a cursor returned by this API.');
    skip = Number(decoded[1]);
  }
  return { skip, limit };
}

/** Fetch limit+1 rows and pass them here: returns the page and the cursor of the next one. */
export function toPage<T>(rows: T[], skip: number, limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? Buffer.from(`o:${skip + limit}`).toString('base64url') : null;
  return { items, nextCursor };
}
