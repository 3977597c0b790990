// Admin queries over the hash-chained audit trail (server/audit/audit.ts).
import { requirePermission } from '../../auth/permissions.ts';
import { badInput } from '../../errors.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { MAX_PAGE } from '../../features/paging.ts';

const encodeCursor = (seq: number) => Buffer.from(`s:${seq}`).toString('base64url');

function decodeCursor(after: string | null | undefined): number | null {
  if (!after) return null;
  const m = /^s:(\d{1,15})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw badInput('auditEntries.after: expected a cursor returned by this API.');
  return Number(m[1]);
}

function optionalText(field: string, v: string | null | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (v.length > 500) throw badInput(`auditEntries.${field}: expected at most 500 characters.`);
  return v;
}

function optionalTime(field: string, v: number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (!Number.isFinite(v)) throw badInput(`auditEntries.${field}: expected epoch milliseconds.`);
  return Math.trunc(v);
}

export const auditResolvers: Resolvers = {
  Query: {
    auditEntries: async (_r, args, { principal, services }) => {
      requirePermission(principal, 'admin:audit');
      const limit = args.first ?? 50;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
        throw badInput(`auditEntries.first: expected a whole number from 1 to ${MAX_PAGE}.`);
      }
      const rows = await services.audit.list(
        {
          user: optionalText('user', args.user),
          operation: optionalText('operation', args.operation),
          entityId: optionalText('entityId', args.entityId),
          from: optionalTime('from', args.from),
          to: optionalTime('to', args.to),
        },
        decodeCursor(args.after),
        limit + 1,
      );
      const items = rows.slice(0, limit).map((e) => ({ ...e, details: safeParse(e.details) }));
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : null };
    },
    verifyAudit: async (_r, _a, { principal, services }) => {
      requirePermission(principal, 'admin:audit');
      return services.audit.verify();
    },
  },
};

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
}
