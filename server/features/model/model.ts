// The investigation data model: entity types, relationship types and what every record carries.
// Documented in README.md ("The data model"); cypher/schema/002-model.cypher holds its constraints.
//
// Every entity node has the label :Entity plus its type label, a natural `key` unique per type,
// and `uid` = "<Type>:<key>", unique across all entities; the API identifies entities by uid.
// Every node and relationship carries provenance:
//   sources      list of "<source>#<record>" (file or feed, and line or record number)
//   ingestedAt   when it was first loaded (epoch ms)
//   confidence   0..1, the highest confidence any of its sources gave it
// Events carry `at` (epoch ms) so that time-respecting queries compare numbers.

import { phoneNumberKey, plateText } from './identifiers.ts';

export const ENTITY_TYPES = [
  'Person',
  'Phone',
  'Vehicle',
  'Relic',
  'Site',
  'Case',
  'Sale',
  'Call',
  'Sighting',
  'Group',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const SITE_KINDS = [
  'ancient-tomb',
  'ancient-ruin',
  'cave-temple',
  'ancient-building',
  'museum',
  'auction-house',
  'market',
  'border-crossing',
  'storage',
  'other',
] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const CASE_KINDS = [
  'tomb-looting',
  'stone-carving-theft',
  'building-component-theft',
  'museum-theft',
  'inscription-theft',
  'illegal-resale',
  'smuggling',
  'destruction',
  'other',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const PARTY_ROLES = [
  'suspect',
  'arrested',
  'charged',
  'convicted',
  'witness',
  'victim',
  'other',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const ASSOCIATE_KINDS = [
  'family',
  'lives-with',
  'known-associate',
  'social-network',
  'phone-contact',
  'other',
] as const;
export type AssociateKind = (typeof ASSOCIATE_KINDS)[number];

/** What a Group is (affiliation data: organisations, meetings attended, events). */
export const GROUP_KINDS = ['organisation', 'meeting', 'event', 'other'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/**
 * How precisely a date is known (Sale.datePrecision, HELD.precision): `at`/`from`/`to` hold the
 * start of the period (a year's 1 January, a decade's first year); `unknown` has no time at all.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'decade', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SALE_CHANNELS = [
  'private',
  'dealer',
  'auction',
  'online',
  'market',
  'smuggled-abroad',
  'other',
] as const;

/**
 * Relationship types of the model: [type, from-type, to-type]. Anything imported that does not fit
 * (e.g. POLE's Officer or PostCode) is kept as-is with its own labels and types.
 */
export const RELATIONSHIP_TYPES = [
  ['USES', 'Person', 'Phone'], // {from, to}
  ['OWNS', 'Person', 'Vehicle'],
  ['DRIVES', 'Person', 'Vehicle'],
  ['PARTY_TO', 'Person', 'Case'], // {role}
  ['ASSOCIATE_OF', 'Person', 'Person'], // {kind, weight?, from?, to?, directed?}; undirected: smaller uid first
  ['SOLD', 'Person', 'Sale'],
  ['BOUGHT', 'Person', 'Sale'],
  ['OF', 'Sale', 'Relic'],
  ['SOLD_AT', 'Sale', 'Site'],
  ['TAKEN_FROM', 'Relic', 'Site'],
  ['CONCERNS', 'Case', 'Relic'],
  ['AT', 'Case', 'Site'],
  ['FROM', 'Call', 'Phone'],
  ['TO', 'Call', 'Phone'],
  ['CALLS', 'Phone', 'Phone'], // derived from Call nodes: {count, firstAt, lastAt, totalSeconds}
  ['SIGHTED', 'Sighting', 'Vehicle'],
  ['NEAR', 'Sighting', 'Site'],
  ['INVOLVED_IN', 'Vehicle', 'Case'],
  ['MEMBER_OF', 'Person', 'Group'], // {role?, from?, to?} (affiliation data)
  ['HELD', 'Person', 'Relic'], // {from?, to?, precision} (who held an object, when known)
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number][0];

export const uidOf = (type: string, key: string) => `${type}:${key}`;

/**
 * Normalises a phone number to its natural key: E.164 (+86…) for a Chinese number written
 * unmistakably as one, else its digits with a leading + kept (identifiers.ts, phoneNumberKey).
 */
export function phoneKey(raw: string): string {
  return phoneNumberKey(raw);
}

/** Normalises a plate to its natural key: upper case, no spaces, dots, dashes or · (identifiers.ts). */
export function plateKey(raw: string): string {
  return plateText(raw);
}

/**
 * What a Person may carry besides provenance (README.md, "The data model"): name, aliases,
 * documentIds (every identity, passport or other document number, the resident identity number
 * among them), birthDate (yyyy-mm-dd), nationality, notes, and from a resident identity number
 * (GB 11643) idNumber (18 characters), idRegion (its GB/T 2260 region code) and sex.
 */
export const PERSON_PROPERTIES = [
  'name',
  'aliases',
  'documentIds',
  'birthDate',
  'nationality',
  'notes',
  'idNumber',
  'idRegion',
  'sex',
] as const;
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
