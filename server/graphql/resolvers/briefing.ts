// The briefing export: read:briefing to export; people named only with read:entities; a saved
// investigation only with save:investigation and only one the caller may open. The export is a
// read of person data in a file, which audit-reads.ts cannot see (no uids in the answer), so it is
// recorded here: one read entry, before the file leaves, naming every person the document
// describes (named or not), with the reference printed on it and the file's SHA-256.
import { createHash } from 'node:crypto';
import { MAX_ENTITY_IDS } from '../../audit/audit.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { InvestigationService } from '../../features/investigations/service.ts';
import { renderBriefing } from '../../features/briefing/render/pdf.ts';
import { buildBriefing, checkRequest, describedPeople } from '../../features/briefing/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';

export const briefingResolvers: Resolvers = {
  Mutation: {
    exportBriefing: async (_r, { input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:briefing');
      const request = checkRequest({
        ...input,
        language: input.language === 'en' ? 'en' : input.language === 'zh_CN' ? 'zh-CN' : input.language,
      });
      if (request.investigationId) requirePermission(principal, 'save:investigation');
      const t0 = Date.now();
      const db = ctx.services.db();
      const reader = {
        username: principal.username,
        role: principal.role,
        names: can(principal, 'read:entities'),
      };
      const model = await buildBriefing(
        {
          db,
          job: (id) => ctx.services.jobs().get(id),
          investigation: (id) => new InvestigationService(db).get(principal, id),
        },
        reader,
        request,
      );
      const t1 = Date.now();
      const { pdf, pages } = await renderBriefing(model);
      const t2 = Date.now();
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      const people = describedPeople(model);
      const details = {
        auditReference: model.auditReference,
        runId: model.run.id,
        takedownJobId: request.takedownJobId ?? null,
        investigationId: request.investigationId ?? null,
        language: request.language,
        paper: request.paper,
        marking: request.marking,
        namesShown: reader.names,
        pages,
        bytes: pdf.length,
        sha256,
      };
      const parts = Math.max(1, Math.ceil(people.length / MAX_ENTITY_IDS));
      await Promise.all(
        Array.from({ length: parts }, (_, i) =>
          ctx.services.audit.record({
            principal,
            operation: 'exportBriefing',
            kind: 'read',
            entityIds: people.slice(i * MAX_ENTITY_IDS, (i + 1) * MAX_ENTITY_IDS),
            count: people.length,
            details: parts > 1 ? { ...details, part: i + 1, parts } : details,
          }),
        ),
      );
      ctx.services.logger.info(
        {
          auditReference: model.auditReference,
          pages,
          bytes: pdf.length,
          buildMs: t1 - t0,
          renderMs: t2 - t1,
        },
        'briefing exported',
      );
      return {
        filename: `briefing-${model.auditReference}-${request.language}.pdf`,
        mimeType: 'application/pdf',
        byteSize: pdf.length,
        pages,
        sha256,
        auditReference: model.auditReference,
        namesShown: reader.names,
        content: pdf.toString('base64'),
      };
    },
  },
};
