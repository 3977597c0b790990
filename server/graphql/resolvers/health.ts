import type { Resolvers } from '../__generated__/resolvers.ts';

export const healthResolvers: Resolvers = {
  Query: {
    // Public on purpose: load balancers and the README's curl check call it without credentials.
    health: async (_root, _args, { services }) => {
      const uptimeSeconds = (Date.now() - services.startedAt) / 1000;
      if (!services.ready) return { status: 'STARTING', neo4j: null, schemaVersion: null, uptimeSeconds };
      try {
        const info = await services.db().serverInfo();
        services.dbHealthy = true;
        return {
          status: 'OK',
          neo4j: { ...info, embedded: services.neo4j?.embedded ?? false },
          schemaVersion: services.schemaVersion ?? null,
          uptimeSeconds,
        };
      } catch {
        services.dbHealthy = false;
        return {
          status: 'DB_UNAVAILABLE',
          neo4j: null,
          schemaVersion: services.schemaVersion ?? null,
          uptimeSeconds,
        };
      }
    },
  },
};
