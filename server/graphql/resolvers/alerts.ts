// Watchlists, alert rules, the alert inbox and geofence queries (docs/alerts.md). Every view of
// alerts is audited as a read naming the alerts and the person data they hold; every change of a
// watch, rule or status as a change.
import { requirePermission } from '../../auth/permissions.ts';
import type { Principal } from '../../auth/types.ts';
import { badInput } from '../../errors.ts';
import {
  AlertService,
  detailIds,
  ruleKindName,
  ruleKindOf,
  type AlertStatus,
  type AlertView,
} from '../../features/alerts/service.ts';
import type { Rule } from '../../features/alerts/rules.ts';
import { GeoService, type GeofenceView } from '../../features/geo/service.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { isPersonUid, recordChange } from '../audit-reads.ts';
import type { Context } from '../context.ts';
import { loadEntities } from './entities.ts';

const alerts = (ctx: Context) => new AlertService(ctx.services.db());
const geo = (ctx: Context) => new GeoService(ctx.services.db());

const personIds = (list: readonly AlertView[]) => [
  ...new Set(list.flatMap((a) => [...a.records, ...detailIds(a.detail)]).filter(isPersonUid)),
];

/** Records the view of alerts (ids in details, their person data as entity ids). */
const viewed = (ctx: Context, principal: Principal, operation: string, list: readonly AlertView[]) =>
  recordChange(ctx, {
    principal,
    operation,
    kind: 'read',
    entityIds: personIds(list).slice(0, 500),
    count: list.length,
    details: { alertIds: list.slice(0, 100).map((a) => a.id) },
  });

const changed = (
  ctx: Context,
  principal: Principal,
  operation: string,
  details: Record<string, unknown>,
  ids: string[] = [],
) => recordChange(ctx, { principal, operation, kind: 'change', entityIds: ids, count: 1, details });

const STATUS: Record<string, AlertStatus> = {
  NEW: 'new',
  SEEN: 'seen',
  DISMISSED: 'dismissed',
  INVESTIGATION: 'investigation',
};

const alertOut = (a: AlertView) => ({
  id: a.id,
  ruleId: a.ruleId,
  ruleKind: ruleKindName(a.ruleKind) as never,
  ruleParams: a.ruleParams,
  shared: a.shared,
  status: a.status.toUpperCase() as never,
  recordIds: a.records,
  sources: a.sources,
  detail: a.detail,
  raisedAt: a.raisedAt,
  investigationId: a.investigationId,
});

const ruleOut = (r: Rule, principal: Principal) => ({
  ...r,
  kind: ruleKindName(r.kind) as never,
  mine: r.shared ? principal.role === 'admin' : r.ownerId === principal.userId,
});

const geofenceOut = (g: GeofenceView) => ({
  ...g,
  kind: g.kind.toUpperCase() as never,
  center: { latitude: g.latitude, longitude: g.longitude },
});

export const alertResolvers: Resolvers = {
  Alert: {
    records: async (a, _args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return (await loadEntities(ctx, (a.recordIds ?? []) as string[])) as never;
    },
  },
  Query: {
    watches: async (_r, _a, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      return alerts(ctx).watches(principal);
    },
    alertRules: async (_r, _a, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      return (await alerts(ctx).rules(principal)).map((r) => ruleOut(r, principal));
    },
    alerts: async (_r, { status, first, after }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      const page = await alerts(ctx).list(principal, status ? STATUS[status]! : null, first, after);
      await viewed(ctx, principal, 'alerts', page.items);
      return { items: page.items.map(alertOut), nextCursor: page.nextCursor };
    },
    alert: async (_r, { id }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      const a = await alerts(ctx).get(principal, id);
      await viewed(ctx, principal, 'alert', [a]);
      return alertOut(a);
    },
    alertCount: async (_r, _a, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      return alerts(ctx).count(principal);
    },
    geofences: async (_r, { siteId, first, after }, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      const page = await geo(ctx).list(siteId, first, after);
      return { items: page.items.map(geofenceOut), nextCursor: page.nextCursor };
    },
    nightSightings: async (_r, args, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:entities');
      const rows = await geo(ctx).nightSightings(args);
      const ids = [...new Set(rows.flatMap((r) => [...r.ownerIds, ...r.phoneIds]))];
      await recordChange(ctx, {
        principal,
        operation: 'nightSightings',
        kind: 'read',
        entityIds: ids.slice(0, 500),
        count: rows.length,
        details: { siteId: args.siteId ?? null },
      });
      return rows;
    },
    vehiclesAtSites: async (_r, args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return geo(ctx).sameVehicleAtSites(args);
    },
    vehiclesBeforeCases: async (_r, args, ctx) => {
      requirePermission(ctx.principal, 'read:entities');
      return geo(ctx).vehiclesBeforeCases(args);
    },
  },
  Mutation: {
    watch: async (_r, { entityId }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      const w = await alerts(ctx).watch(principal, entityId);
      await changed(ctx, principal, 'watch', { entityType: w.entityType }, [w.entityId]);
      return w;
    },
    unwatch: async (_r, { entityId }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      const done = await alerts(ctx).unwatch(principal, entityId);
      await changed(ctx, principal, 'unwatch', {}, [entityId]);
      return done;
    },
    createAlertRule: async (_r, { input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      const rule = await alerts(ctx).createRule(principal, {
        kind: ruleKindOf(input.kind),
        params: input.params,
        shared: input.shared,
        enabled: input.enabled,
      });
      await changed(ctx, principal, 'createAlertRule', {
        ruleId: rule.id,
        kind: rule.kind,
        shared: rule.shared,
      });
      return ruleOut(rule, principal);
    },
    updateAlertRule: async (_r, { id, input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      const rule = await alerts(ctx).updateRule(principal, id, input);
      await changed(ctx, principal, 'updateAlertRule', {
        ruleId: rule.id,
        kind: rule.kind,
        shared: rule.shared,
      });
      return ruleOut(rule, principal);
    },
    deleteAlertRule: async (_r, { id }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      const rule = await alerts(ctx).deleteRule(principal, id);
      await changed(ctx, principal, 'deleteAlertRule', { ruleId: rule.id, kind: rule.kind });
      return true;
    },
    setAlertStatus: async (_r, { id, status }, ctx) => {
      const principal = requirePermission(ctx.principal, 'read:alerts');
      if (status === 'INVESTIGATION') {
        throw badInput(
          'status: INVESTIGATION is set by alertToInvestigation; expected NEW, SEEN or DISMISSED.',
        );
      }
      const a = await alerts(ctx).setStatus(principal, id, STATUS[status]!);
      await changed(ctx, principal, 'setAlertStatus', { alertId: a.id, status: a.status }, personIds([a]));
      return alertOut(a);
    },
    alertToInvestigation: async (_r, { id, name }, ctx) => {
      requirePermission(ctx.principal, 'read:alerts');
      const principal = requirePermission(ctx.principal, 'save:investigation');
      const { alert, investigation } = await alerts(ctx).toInvestigation(principal, id, name);
      await changed(
        ctx,
        principal,
        'alertToInvestigation',
        { alertId: alert.id, investigationId: investigation.id },
        investigation.entityIds,
      );
      return { alert: alertOut(alert), investigation };
    },
    setGeofence: async (_r, { siteId, input }, ctx) => {
      const principal = requirePermission(ctx.principal, 'manage:geofences');
      const g = await geo(ctx).set(siteId, input);
      await changed(ctx, principal, 'setGeofence', { kind: g.kind, radiusMeters: g.radiusMeters }, [
        g.siteId,
      ]);
      return geofenceOut(g);
    },
    clearGeofence: async (_r, { siteId }, ctx) => {
      const principal = requirePermission(ctx.principal, 'manage:geofences');
      const done = await geo(ctx).clear(siteId);
      await changed(ctx, principal, 'clearGeofence', {}, [siteId]);
      return done;
    },
    refreshGeofences: async (_r, _a, ctx) => {
      const principal = requirePermission(ctx.principal, 'manage:geofences');
      const n = await geo(ctx).refreshAll();
      await changed(ctx, principal, 'refreshGeofences', { sites: n });
      return n;
    },
  },
};
