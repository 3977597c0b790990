// Client settings in one place: entity types, their look, and the level-of-detail thresholds.
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

export const RELATIONSHIP_TYPES = [
  'USES',
  'OWNS',
  'DRIVES',
  'PARTY_TO',
  'ASSOCIATE_OF',
  'SOLD',
  'BOUGHT',
  'OF',
  'SOLD_AT',
  'TAKEN_FROM',
  'CONCERNS',
  'AT',
  'FROM',
  'TO',
  'CALLS',
  'SIGHTED',
  'NEAR',
  'INVOLVED_IN',
  'MEMBER_OF',
  'HELD',
] as const;

/** Colour-blind-safe palette (Okabe–Ito plus two), one per entity type. */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  Person: '#0072B2',
  Phone: '#E69F00',
  Vehicle: '#009E73',
  Relic: '#D55E00',
  Site: '#8c6d31',
  Case: '#CC79A7',
  Sale: '#B8860B',
  Call: '#56B4E9',
  Sighting: '#7f7f7f',
  Group: '#6A3D9A',
};
export const OTHER_COLOR = '#999999';

/** 12 distinguishable colours for communities; more communities cycle with a lighter tint. */
export const COMMUNITY_COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#393b79',
  '#637939',
  '#843c39',
] as const;

export const LOD = {
  /** Above this many nodes the canvas draws thin 1px line edges instead of rectangles. */
  thinEdgesAbove: 2_000,
  /** Above this many nodes fewer labels are drawn (sparser label grid, bigger size threshold). */
  fewerLabelsAbove: 1_000,
  /** Up to this many nodes, nodes are discs with a pictogram of their type. */
  iconsUpTo: 1_000,
  /** Above this many nodes, nodes are point sprites: one vertex each, several times faster to
   *  draw than sigma's triangle discs with software WebGL. */
  pointsAbove: 1_000,
  /** Above this many nodes a network opens as its communities, one node each, with drill-down. */
  collapseAbove: 20_000,
  /** Above this many edges the first frame draws nodes only; edges follow on the next frame. */
  deferEdgesAbove: 5_000,
} as const;

export const NODE_SIZE = { min: 3, max: 18, community: { min: 6, max: 30 } } as const;
