// The alerts feature's state and its calls to the API: the header's count of new alerts (polled
// modestly and refreshed after every action), the inbox, the reader's watchlist and the rules.
// Every call reports failures through the workspace notices, in the reader's language.
import i18next from 'i18next';
import { create } from 'zustand';
import type {
  AlertCountQuery,
  AlertDetailEntitiesQuery,
  AlertDetailEntitiesQueryVariables,
  AlertFieldsFragment,
  AlertInboxQuery,
  AlertInboxQueryVariables,
  AlertRuleFieldsFragment,
  AlertRuleInput,
  AlertRuleUpdate,
  AlertRulesQuery,
  AlertStatus,
  AlertToInvestigationMutation,
  AlertToInvestigationMutationVariables,
  CanvasEntityFragment,
  CreateAlertRuleMutation,
  CreateAlertRuleMutationVariables,
  DeleteAlertRuleMutation,
  DeleteAlertRuleMutationVariables,
  SetAlertStatusMutation,
  SetAlertStatusMutationVariables,
  UnwatchMutation,
  UnwatchMutationVariables,
  UpdateAlertRuleMutation,
  UpdateAlertRuleMutationVariables,
  WatchesQuery,
  WatchMutation,
  WatchMutationVariables,
} from '../../api/__generated__/operations.ts';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useWorkspace } from '../../app/store.ts';
import DOC from './alerts.graphql?raw';

export type Alert = AlertFieldsFragment;
export type Rule = AlertRuleFieldsFragment;
export type Watch = WatchesQuery['watches'][number];
export type Entity = CanvasEntityFragment;
/** The inbox filter: "open" is the server's default (all but dismissed). */
export type InboxFilter = 'open' | AlertStatus;

/** Entity types a user may watch (and the gangs of an analysis run, as Community:<run>:<index>). */
export const WATCHABLE = new Set(['Person', 'Phone', 'Vehicle', 'Relic']);
export const isWatchable = (id: string, type: string): boolean =>
  WATCHABLE.has(type) || /^Community:[^:]+:\d+$/.test(id);

const fail = (err: unknown) => useWorkspace.getState().notify('error', errorMessage(err));

interface AlertsState {
  /** New alerts for the header; null before the first answer. */
  count: number | null;
  inbox: Alert[] | null;
  filter: InboxFilter;
  loading: boolean;
  /** Captions' sources: the entities alerts' records and details name, by id. */
  entities: Record<string, Entity | null>;
  watches: Watch[] | null;
  rules: Rule[] | null;
  setFilter(filter: InboxFilter): void;
  refreshCount(): Promise<void>;
  refreshInbox(): Promise<void>;
  refreshWatches(): Promise<void>;
  refreshRules(): Promise<void>;
}

export const useAlerts = create<AlertsState>()((set, get) => ({
  count: null,
  inbox: null,
  filter: 'open',
  loading: false,
  entities: {},
  watches: null,
  rules: null,
  setFilter: (filter) => {
    set({ filter });
    void get().refreshInbox();
  },
  refreshCount: async () => {
    try {
      const d = await api.request<AlertCountQuery>(DOC, {}, 'AlertCount');
      set({ count: d.alertCount });
    } catch (err) {
      // A failed poll is not worth a notice; the next one tries again.
      console.warn(err);
    }
  },
  refreshInbox: async () => {
    const filter = get().filter;
    set({ loading: true });
    try {
      const d = await api.request<AlertInboxQuery, AlertInboxQueryVariables>(
        DOC,
        { status: filter === 'open' ? null : filter, first: 100 },
        'AlertInbox',
      );
      const items = d.alerts.items;
      const entities = { ...get().entities };
      for (const a of items)
        a.records.forEach((r, i) => {
          entities[a.recordIds[i]!] = r ?? null;
        });
      const missing = [...new Set(items.flatMap((a) => detailIds(a.detail)))].filter(
        (id) => !(id in entities),
      );
      if (missing.length) {
        const e = await api.request<AlertDetailEntitiesQuery, AlertDetailEntitiesQueryVariables>(
          DOC,
          { ids: missing.slice(0, 500) },
          'AlertDetailEntities',
        );
        missing.slice(0, 500).forEach((id) => {
          entities[id] = null;
        });
        for (const x of e.entities) if (x) entities[x.id] = x;
      }
      if (get().filter === filter) set({ inbox: items, entities });
    } catch (err) {
      fail(err);
    } finally {
      set({ loading: false });
    }
    void get().refreshCount();
  },
  refreshWatches: async () => {
    try {
      const d = await api.request<WatchesQuery>(DOC, {}, 'Watches');
      const entities = { ...get().entities };
      const missing = d.watches.map((w) => w.entityId).filter((id) => !(id in entities) && !isGang(id));
      if (missing.length) {
        const e = await api.request<AlertDetailEntitiesQuery, AlertDetailEntitiesQueryVariables>(
          DOC,
          { ids: missing },
          'AlertDetailEntities',
        );
        missing.forEach((id) => {
          entities[id] = null;
        });
        for (const x of e.entities) if (x) entities[x.id] = x;
      }
      set({ watches: d.watches, entities });
    } catch (err) {
      fail(err);
    }
  },
  refreshRules: async () => {
    try {
      const d = await api.request<AlertRulesQuery>(DOC, {}, 'AlertRules');
      set({ rules: d.alertRules });
    } catch (err) {
      fail(err);
    }
  },
}));

export const isGang = (id: string): boolean => id.startsWith('Community:');

/** Entity ids an alert's detail names (as the server's detailIds reads them). */
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

export async function setStatus(id: string, status: AlertStatus): Promise<boolean> {
  try {
    await api.request<SetAlertStatusMutation, SetAlertStatusMutationVariables>(
      DOC,
      { id, status },
      'SetAlertStatus',
    );
    await useAlerts.getState().refreshInbox();
    return true;
  } catch (err) {
    fail(err);
    return false;
  }
}

export async function toInvestigation(
  id: string,
  name: string,
): Promise<AlertToInvestigationMutation['alertToInvestigation'] | null> {
  try {
    const d = await api.request<AlertToInvestigationMutation, AlertToInvestigationMutationVariables>(
      DOC,
      { id, name },
      'AlertToInvestigation',
    );
    useWorkspace.getState().notify('info', i18next.t('alerts:inbox.madeInvestigation', { name }));
    await useAlerts.getState().refreshInbox();
    return d.alertToInvestigation;
  } catch (err) {
    fail(err);
    return null;
  }
}

export async function setWatched(entityId: string, watched: boolean): Promise<boolean> {
  try {
    if (watched) await api.request<WatchMutation, WatchMutationVariables>(DOC, { entityId }, 'Watch');
    else await api.request<UnwatchMutation, UnwatchMutationVariables>(DOC, { entityId }, 'Unwatch');
    await useAlerts.getState().refreshWatches();
    return true;
  } catch (err) {
    fail(err);
    return false;
  }
}

export async function createRule(input: AlertRuleInput): Promise<boolean> {
  try {
    await api.request<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>(
      DOC,
      { input },
      'CreateAlertRule',
    );
    await useAlerts.getState().refreshRules();
    return true;
  } catch (err) {
    fail(err);
    return false;
  }
}

export async function updateRule(id: string, input: AlertRuleUpdate): Promise<boolean> {
  try {
    await api.request<UpdateAlertRuleMutation, UpdateAlertRuleMutationVariables>(
      DOC,
      { id, input },
      'UpdateAlertRule',
    );
    await useAlerts.getState().refreshRules();
    return true;
  } catch (err) {
    fail(err);
    return false;
  }
}

export async function deleteRule(id: string): Promise<boolean> {
  try {
    await api.request<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>(
      DOC,
      { id },
      'DeleteAlertRule',
    );
    await useAlerts.getState().refreshRules();
    return true;
  } catch (err) {
    fail(err);
    return false;
  }
}
