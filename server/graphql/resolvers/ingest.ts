import { requirePermission } from '../../auth/permissions.ts';
import { badInput } from '../../errors.ts';
import { ingestText, parseCdrMapping } from '../../features/ingest/index.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';

const MAX_TEXT = 20 * 1024 * 1024;

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingest: async (_r, { format, source, text, mapping, batchSize }, { principal, services }) => {
      const caller = requirePermission(principal, 'ingest');
      if (!/^[\w.\- ]{1,120}$/.test(source)) {
        throw badInput(
          'ingest: source: expected a file or feed name (letters, digits, . - _ and spaces, up to 120)',
        );
      }
      if (text.length > MAX_TEXT) {
        throw badInput(
          `ingest: text: expected at most ${MAX_TEXT} characters per batch; use npm run ingest for files`,
        );
      }
      if (batchSize !== null && batchSize !== undefined && (batchSize < 1 || batchSize > 100_000)) {
        throw badInput('ingest: batchSize: expected 1 to 100000');
      }
      if (format === 'cdr' && (mapping === null || mapping === undefined)) {
        throw badInput('ingest: mapping: call-detail records need a column mapping (from, to, start, ...)');
      }
      const summary = await ingestText(
        services.db(),
        { source, format, text, mapping: mapping ? parseCdrMapping(mapping) : undefined },
        { batchSize: batchSize ?? services.config.ingestBatchSize },
      );
      const refused = summary.files.find((f) => f.refused)?.refused;
      if (refused) throw badInput(refused);
      await services.audit.record({
        principal: caller,
        operation: 'ingest',
        kind: 'change',
        entityIds: [],
        count: summary.accepted,
        details: { via: 'graphql', source, format, records: summary.records, rejected: summary.rejected },
      });
      return summary;
    },
  },
};
