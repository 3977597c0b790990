import type { Resolvers } from '../__generated__/resolvers.ts';

export const healthResolvers: Resolvers = {
  Query: {
    // Public on purpose: load balancers and the README's curl check call it without credentials.
    // It answers within a few seconds when Neo4j is hung (the database layer's liveness guard), and
    // tells where the database is (its Bolt address) to signed-in admins only.
    health: async (_root, _args, { services, principal }) => {
      const uptimeSeconds = (Date.now() - services.startedAt) / 1000;
      if (!services.ready) return { status: 'STARTING', neo4j: null, schemaVersion: null, uptimeSeconds };
      try {
        const info = await services.db().serverInfo();
        services.dbHealthy = true;
        return {
          status: 'OK',
          neo4j: {
            version: info.version,
            edition: info.edition,
            address: principal?.role === 'admin' ? info.address : null,
            embedded: services.neo4j?.embedded ?? false,
          },
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
