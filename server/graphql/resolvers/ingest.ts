import { requirePermission } from '../../auth/permissions.ts';
import { badInput } from '../../errors.ts';
import { listImports, rollbackImport } from '../../features/imports/index.ts';
import { ingestText, parseCdrMapping, reportLanguageOf } from '../../features/ingest/index.ts';
import { pageArgs, toPage } from '../../features/paging.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';

const MAX_TEXT = 20 * 1024 * 1024;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ingestResolvers: Resolvers = {
  Import: {
    status: (i) => ((i.status as string) === 'rolled-back' ? 'rolled_back' : i.status) as never,
  },
  Query: {
    imports: async (_r, { first, after }, { principal, services }) => {
      requirePermission(principal, 'ingest');
      const { skip, limit } = pageArgs(first, after);
      return toPage(await listImports(services.db(), skip, limit + 1), skip, limit) as never;
    },
  },
  Mutation: {
    rollbackImport: async (_r, { importId, dryRun }, { principal, services }) => {
      const caller = requirePermission(principal, 'ingest');
      if (!UUID.test(importId)) throw badInput('rollbackImport: importId: expected an import id (a UUID)');
      const result = await rollbackImport(services.db(), importId, {
        dryRun: dryRun === true,
        by: caller.username,
      });
      await services.audit.record({
        principal: caller,
        operation: 'rollbackImport',
        kind: 'change',
        entityIds: [],
        count: result.nodesDeleted + result.relationshipsDeleted,
        details: { via: 'graphql', ...result },
      });
      return result;
    },
    ingest: async (_r, { format, source, text, mapping, batchSize, language }, { principal, services }) => {
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
      if (
        language !== null &&
        language !== undefined &&
        !/^[A-Za-z]{2,3}([-_][\w.-]{1,20})?$/.test(language)
      ) {
        throw badInput('ingest: language: expected a language tag such as zh-CN or en');
      }
      if (format === 'cdr' && (mapping === null || mapping === undefined)) {
        throw badInput('ingest: mapping: call-detail records need a column mapping (from, to, start, ...)');
      }
      const summary = await ingestText(
        services.db(),
        { source, format, text, mapping: mapping ? parseCdrMapping(mapping) : undefined },
        {
          batchSize: batchSize ?? services.config.ingestBatchSize,
          origin: { by: caller.username, via: 'graphql' },
          language: reportLanguageOf(language) ?? 'en',
        },
      );
      const refused = summary.files.find((f) => f.refused)?.refused;
      if (refused) throw badInput(refused);
      await services.audit.record({
        principal: caller,
        operation: 'ingest',
        kind: 'change',
        entityIds: [],
        count: summary.accepted,
        details: {
          via: 'graphql',
          source,
          format,
          records: summary.records,
          rejected: summary.rejected,
          importId: summary.importId ?? null,
        },
      });
      return summary;
    },
  },
};
