// Watchlists, alert rules and the alert inbox (docs/alerts.md). A user's rules and watches are
// theirs; shared rules are made by admins (admin:alerts) and their alerts reach everyone who may
// read alerts. Each user has their own status of an alert: new, seen, dismissed, or turned into
// an investigation (kept as lists of user ids on the alert).
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../auth/types.ts';
import { can } from '../../auth/permissions.ts';
import type { Db } from '../../db/db.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import { checkId } from '../entities/validate.ts';
import { InvestigationService } from '../investigations/service.ts';
import { checkParams, RULE_KINDS, toRule, watchTypeOf, type Rule, type RuleKind } from './rules.ts';

export const ALERT_STATUSES = ['new', 'seen', 'dismissed', 'investigation'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export interface AlertView {
  id: string;
  ruleId: string;
  ruleKind: RuleKind;
  ruleParams: unknown;
  shared: boolean;
  mine: boolean;
  status: AlertStatus;
  records: string[];
  sources: string[];
  detail: unknown;
  raisedAt: number;
  investigationId: string | null;
}

export interface WatchView {
  id: string;
  entityId: string;
  entityType: string;
  createdAt: number;
}

const parse = (s: unknown, dflt: unknown) => {
  try {
    return typeof s === 'string' ? (JSON.parse(s) as unknown) : dflt;
  } catch {
    return dflt;
  }
};

function statusFor(a: Record<string, unknown>, userId: string): AlertStatus {
  const has = (k: string) => Array.isArray(a[k]) && (a[k] as string[]).includes(userId);
  if (has('investigatedBy')) return 'investigation';
  if (has('dismissedBy')) return 'dismissed';
  if (has('seenBy')) return 'seen';
  return 'new';
}

function toAlert(v: unknown, userId: string): AlertView | null {
  const a = v as Record<string, unknown> | null | undefined;
  if (!a || typeof a.id !== 'string') return null;
  const investigations = parse(a.investigations, {}) as Record<string, string>;
  return {
    id: a.id,
    ruleId: String(a.ruleId),
    ruleKind: a.ruleKind as RuleKind,
    ruleParams: parse(a.ruleParams, {}),
    shared: a.shared === true,
    mine: a.ownerId === userId,
    status: statusFor(a, userId),
    records: Array.isArray(a.records) ? a.records.map(String) : [],
    sources: Array.isArray(a.sources) ? a.sources.map(String) : [],
    detail: parse(a.detail, null),
    raisedAt: Number(a.raisedAt),
    investigationId: investigations[userId] ?? null,
  };
}

const KIND_OF: Record<string, RuleKind> = Object.fromEntries(
  RULE_KINDS.map((k) => [k.toUpperCase().replace(/-/g, '_'), k]),
);
export const ruleKindOf = (gql: string): RuleKind => {
  const k = KIND_OF[gql];
  if (!k) throw badInput(`kind: expected one of ${Object.keys(KIND_OF).join(', ')}.`);
  return k;
};
export const ruleKindName = (k: RuleKind) => k.toUpperCase().replace(/-/g, '_');

export class AlertService {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  // --- watches

  async watch(principal: Principal, entityId: string): Promise<WatchView> {
    const id = checkId('entityId', entityId);
    const type = watchTypeOf(id);
    if (!type) {
      throw badInput(
        `entityId: expected a person, phone, vehicle or relic id ("Person:<key>", …) or a gang ("Community:<runId>:<index>"), got ${JSON.stringify(entityId)}.`,
      );
    }
    const [row] = await this.db.write('queries/alerts/create-watch', {
      id: randomUUID(),
      ownerId: principal.userId,
      entityId: id,
      entityType: type,
      now: this.now(),
    });
    return row!.watch as unknown as WatchView;
  }

  async unwatch(principal: Principal, entityId: string): Promise<boolean> {
    const [row] = await this.db.write('queries/alerts/delete-watch', {
      ownerId: principal.userId,
      entityId: checkId('entityId', entityId),
    });
    return Number(row?.deleted ?? 0) > 0;
  }

  async watches(principal: Principal): Promise<WatchView[]> {
    const rows = await this.db.read('queries/alerts/list-watches', { ownerIds: [principal.userId] });
    return rows.map((r) => r.watch as unknown as WatchView);
  }

  // --- rules

  async createRule(
    principal: Principal,
    input: { kind: RuleKind; params?: unknown; shared?: boolean | null; enabled?: boolean | null },
  ): Promise<Rule> {
    const shared = input.shared ?? false;
    if (shared && !can(principal, 'admin:alerts')) {
      throw new AppError(
        'FORBIDDEN',
        `The ${principal.role} role may not share alert rules (needs admin:alerts).`,
      );
    }
    const now = this.now();
    const [row] = await this.db.write('queries/alerts/create-rule', {
      rule: {
        id: randomUUID(),
        kind: input.kind,
        params: JSON.stringify(checkParams(input.kind, input.params)),
        shared,
        enabled: input.enabled ?? true,
        ownerId: principal.userId,
        owner: principal.username,
        createdAt: now,
        updatedAt: now,
      },
    });
    return toRule(row!.rule)!;
  }

  private async ownRule(principal: Principal, id: string, op: string): Promise<Rule> {
    const [row] = await this.db.read('queries/alerts/get-rule', { id: checkId('id', id) });
    const rule = toRule(row?.rule);
    if (!rule || (rule.ownerId !== principal.userId && !rule.shared)) {
      throw notFound(`id: no alert rule you can open has the id ${JSON.stringify(id)}.`);
    }
    const mayChange = rule.shared ? can(principal, 'admin:alerts') : rule.ownerId === principal.userId;
    if (!mayChange) {
      throw new AppError('FORBIDDEN', `${op}: only an admin may change a shared alert rule.`);
    }
    return rule;
  }

  async updateRule(
    principal: Principal,
    id: string,
    input: { params?: unknown; shared?: boolean | null; enabled?: boolean | null },
  ): Promise<Rule> {
    const rule = await this.ownRule(principal, id, 'updateAlertRule');
    const shared = input.shared ?? rule.shared;
    if (shared && !can(principal, 'admin:alerts')) {
      throw new AppError(
        'FORBIDDEN',
        `The ${principal.role} role may not share alert rules (needs admin:alerts).`,
      );
    }
    const [row] = await this.db.write('queries/alerts/update-rule', {
      id,
      params: JSON.stringify(input.params === undefined ? rule.params : checkParams(rule.kind, input.params)),
      shared,
      enabled: input.enabled ?? rule.enabled,
      now: this.now(),
    });
    return toRule(row!.rule)!;
  }

  async deleteRule(principal: Principal, id: string): Promise<Rule> {
    const rule = await this.ownRule(principal, id, 'deleteAlertRule');
    await this.db.write('queries/alerts/delete-rule', { id });
    return rule;
  }

  async rules(principal: Principal): Promise<Rule[]> {
    const rows = await this.db.read('queries/alerts/list-rules', { userId: principal.userId });
    return rows.map((r) => toRule(r.rule)).filter((r) => r !== null);
  }

  // --- inbox

  async list(principal: Principal, status: AlertStatus | null, first?: number | null, after?: string | null) {
    const { skip, limit } = pageArgs(first, after);
    const rows = await this.db.read('queries/alerts/list-alerts', {
      userId: principal.userId,
      status,
      skip,
      limit: limit + 1,
    });
    const items = rows.map((r) => toAlert(r.alert, principal.userId)).filter((a) => a !== null);
    return toPage(items, skip, limit);
  }

  async count(principal: Principal): Promise<number> {
    const [row] = await this.db.read('queries/alerts/count-alerts', { userId: principal.userId });
    return Number(row?.count ?? 0);
  }

  /** One alert the caller may read: raised by their own rule or by a shared one. */
  async get(principal: Principal, id: string): Promise<AlertView> {
    const [row] = await this.db.read('queries/alerts/get-alert', { id: checkId('id', id) });
    const a = row?.alert as Record<string, unknown> | undefined;
    if (!a || (a.ownerId !== principal.userId && a.shared !== true)) {
      throw notFound(`id: no alert you can read has the id ${JSON.stringify(id)}.`);
    }
    return toAlert(a, principal.userId)!;
  }

  async setStatus(
    principal: Principal,
    id: string,
    status: AlertStatus,
    investigationId?: string,
  ): Promise<AlertView> {
    await this.get(principal, id);
    const [cur] = await this.db.read('queries/alerts/get-alert', { id });
    const investigations = parse((cur!.alert as Record<string, unknown>).investigations, {}) as Record<
      string,
      string
    >;
    if (investigationId) investigations[principal.userId] = investigationId;
    else if (status !== 'investigation') delete investigations[principal.userId];
    const [row] = await this.db.write('queries/alerts/set-alert-status', {
      id,
      userId: principal.userId,
      status,
      investigations: JSON.stringify(investigations),
      now: this.now(),
    });
    return toAlert(row!.alert, principal.userId)!;
  }

  /** Saves the alert's records as a new investigation of the caller and marks the alert so. */
  async toInvestigation(principal: Principal, id: string, name: string) {
    const alert = await this.get(principal, id);
    const entityIds = [...new Set([...alert.records, ...detailIds(alert.detail)])].slice(0, 500);
    const inv = await new InvestigationService(this.db, this.now).save(principal, {
      name,
      entityIds,
      filters: { alertId: alert.id },
    });
    return { alert: await this.setStatus(principal, id, 'investigation', inv.id), investigation: inv };
  }
}

/** Entity ids an alert's detail names (its vehicle, relic, persons…). */
export function detailIds(detail: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' && /^(Person|Phone|Vehicle|Relic|Site|Case|Sale|Call|Sighting):/.test(v))
      out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(detail);
  return out;
}
