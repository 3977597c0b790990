// Every GraphQL Query and Mutation field and what it needs: 'public' (no account), 'authenticated'
// (any signed-in role) or one permission of the matrix in permissions.ts. The resolvers enforce
// it (requirePermission first); tests/api/permissions-matrix.test.ts discovers every field of the
// executable schema and fails when one is missing here or behaves differently from this table.
// Add your field here when you add it to a .graphql file.
import { MATRIX, PERMISSIONS, type Permission } from './permissions.ts';
import { ROLES } from './types.ts';

export type Access = 'public' | 'authenticated' | Permission;

export const OPERATIONS: Readonly<Record<string, Access>> = {
  // base and auth
  'Query.health': 'public',
  'Query.me': 'authenticated',
  'Query.users': 'admin:users',
  'Mutation._noop': 'public', // does nothing; exists so feature files can extend Mutation
  'Mutation.login': 'public',
  'Mutation.createUser': 'admin:users',
  'Mutation.setUserDisabled': 'admin:users',
  'Mutation.createApiToken': 'authenticated',
  'Query.myApiTokens': 'authenticated',
  'Query.apiTokens': 'admin:users',
  'Mutation.revokeApiToken': 'authenticated', // one's own; admin:users for anyone's
  // audit
  'Query.auditEntries': 'admin:audit',
  'Query.verifyAudit': 'admin:audit',
  // entities, neighbourhoods, paths, evidence
  'Query.entity': 'read:entities',
  'Query.entities': 'read:entities',
  'Query.search': 'read:entities',
  'Query.graphVocabulary': 'read:entities',
  'Query.why': 'read:entities',
  'Query.neighbourhood': 'read:entities',
  'Query.contacts': 'read:entities',
  'Query.paths': 'read:entities',
  'Query.timePaths': 'read:entities',
  'Query.resaleChains': 'read:entities',
  'Query.relicsHandled': 'read:entities',
  // notes
  'Query.notes': 'annotate',
  'Mutation.addNote': 'annotate',
  'Mutation.deleteNote': 'annotate',
  // saved investigations
  'Query.investigations': 'save:investigation',
  'Query.investigation': 'save:investigation',
  'Mutation.saveInvestigation': 'save:investigation',
  'Mutation.updateInvestigation': 'save:investigation',
  'Mutation.deleteInvestigation': 'save:investigation',
  // entity resolution
  'Query.duplicateCandidates': 'read:entities',
  'Query.personMerge': 'read:entities',
  'Mutation.findDuplicateCandidates': 'run:jobs',
  'Mutation.mergePersons': 'merge:entities',
  'Mutation.unmergePerson': 'merge:entities',
  'Mutation.setDuplicateStatus': 'merge:entities',
  // analysis jobs and results
  'Query.job': 'read:jobs',
  'Query.jobs': 'read:jobs',
  'Query.analysisRuns': 'read:jobs',
  'Query.communities': 'read:jobs',
  'Query.communityGraph': 'read:jobs',
  'Query.keyPlayers': 'read:jobs',
  'Query.keyPlayerPage': 'read:jobs',
  'Query.brokers': 'read:jobs',
  'Query.repeatOffenders': 'read:jobs',
  'Query.evolutionReport': 'read:jobs',
  'Query.takedownComparison': 'read:briefing',
  'Mutation.detectCommunities': 'run:jobs',
  'Mutation.simulateTakedown': 'read:briefing',
  'Mutation.trackGangEvolution': 'run:jobs',
  'Mutation.findRepeatOffenders': 'run:jobs',
  'Mutation.cancelJob': 'run:jobs',
  // briefing
  'Mutation.exportBriefing': 'read:briefing',
  // geofences, watchlists and alerts
  'Query.watches': 'read:alerts',
  'Query.alertRules': 'read:alerts',
  'Query.alerts': 'read:alerts', // own rules' and shared rules' alerts
  'Query.alert': 'read:alerts',
  'Query.alertCount': 'read:alerts',
  'Mutation.watch': 'read:alerts',
  'Mutation.unwatch': 'read:alerts',
  'Mutation.createAlertRule': 'read:alerts', // shared: true needs admin:alerts
  'Mutation.updateAlertRule': 'read:alerts', // own rules; shared ones need admin:alerts
  'Mutation.deleteAlertRule': 'read:alerts', // own rules; shared ones need admin:alerts
  'Mutation.setAlertStatus': 'read:alerts',
  'Mutation.alertToInvestigation': 'read:alerts', // and save:investigation
  'Query.geofences': 'read:entities',
  'Query.nightSightings': 'read:entities',
  'Query.vehiclesAtSites': 'read:entities',
  'Query.vehiclesBeforeCases': 'read:entities',
  'Mutation.setGeofence': 'manage:geofences',
  'Mutation.clearGeofence': 'manage:geofences',
  'Mutation.refreshGeofences': 'manage:geofences',
  // ingest
  'Mutation.ingest': 'ingest',
  'Query.imports': 'ingest',
  'Mutation.rollbackImport': 'ingest',
};

/** Whether a role may call an operation with the given access rule. */
export function roleMay(role: (typeof ROLES)[number], access: Access): boolean {
  return access === 'public' || access === 'authenticated' || MATRIX[role].includes(access);
}

/** The README's tables: permissions × roles, and operations × roles. */
export function permissionTablesMarkdown(): string {
  const head = `| | ${ROLES.join(' | ')} |\n|---|${ROLES.map(() => '---').join('|')}|`;
  const perms = PERMISSIONS.map(
    (p) => `| \`${p}\` | ${ROLES.map((r) => (MATRIX[r].includes(p) ? '✓' : '')).join(' | ')} |`,
  );
  const ops = Object.entries(OPERATIONS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([op, access]) =>
        `| \`${op}\` (${access}) | ${ROLES.map((r) => (roleMay(r, access) ? '✓' : '')).join(' | ')} |`,
    );
  return [
    head.replace('| |', '| Permission |'),
    ...perms,
    '',
    head.replace('| |', '| Operation (needs) |'),
    ...ops,
  ].join('\n');
}
