// The permission matrix (documented in README.md). Every resolver and every CLI command that
// touches data names one permission and calls requirePermission before doing anything.
import { AppError } from '../errors.ts';
import type { Principal, Role } from './types.ts';

export const PERMISSIONS = [
  'read:entities', // search, neighbourhoods, paths, evidence, person details
  'annotate', // notes on entities
  'save:investigation', // saved investigations
  'run:jobs', // start and cancel analysis jobs
  'read:jobs', // job status and analysis results
  'read:briefing', // commander summaries and takedown simulation
  'ingest', // load data
  'merge:entities', // entity-resolution merges and un-merges
  'read:alerts', // watchlists, own alert rules, the alert inbox (own rules' and shared rules' alerts)
  'admin:alerts', // shared alert rules (their alerts reach everyone with read:alerts)
  'manage:geofences', // set or clear a site's geofence by hand, rebuild the automatic ones
  'admin:users',
  'admin:audit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const MATRIX: Readonly<Record<Role, readonly Permission[]>> = {
  analyst: [
    'read:entities',
    'annotate',
    'save:investigation',
    'run:jobs',
    'read:jobs',
    'read:briefing',
    'read:alerts',
    'manage:geofences',
  ],
  detective: ['read:entities', 'annotate', 'save:investigation', 'read:jobs', 'read:alerts'],
  commander: ['read:briefing', 'read:jobs'],
  admin: [...PERMISSIONS],
};

export function can(principal: Principal | null, permission: Permission): boolean {
  return principal !== null && MATRIX[principal.role].includes(permission);
}

/** Throws UNAUTHENTICATED without a caller and FORBIDDEN when the role lacks the permission. */
export function requirePermission(principal: Principal | null, permission: Permission): Principal {
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first: this operation needs an account.');
  if (!MATRIX[principal.role].includes(permission)) {
    throw new AppError('FORBIDDEN', `The ${principal.role} role may not do this (needs ${permission}).`);
  }
  return principal;
}
