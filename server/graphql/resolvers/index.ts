// Every feature's resolvers, merged. Each feature owns resolvers/<feature>.ts.
import type { Resolvers } from '../__generated__/resolvers.ts';
import { auditResolvers } from './audit.ts';
import { entityResolvers } from './entities.ts';
import { evidenceResolvers } from './evidence.ts';
import { graphResolvers } from './graph.ts';
import { investigationResolvers } from './investigations.ts';
import { noteResolvers } from './notes.ts';
import { pathResolvers } from './paths.ts';
import { authResolvers } from './auth.ts';
import { healthResolvers } from './health.ts';
import { ingestResolvers } from './ingest.ts';
import { resolutionResolvers } from './resolution.ts';
import { analysisResolvers } from './analysis.ts';
import { briefingResolvers } from './briefing.ts';
import { alertResolvers } from './alerts.ts';

const features: Resolvers[] = [
  healthResolvers,
  authResolvers,
  auditResolvers,
  entityResolvers,
  graphResolvers,
  pathResolvers,
  evidenceResolvers,
  noteResolvers,
  investigationResolvers,
  ingestResolvers,
  resolutionResolvers,
  analysisResolvers,
  briefingResolvers,
  alertResolvers,
];

export function allResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const r of features) {
    for (const [type, fields] of Object.entries(r)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}
