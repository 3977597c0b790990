// Saved investigations: a named set of entities and the view's filters. The owner sees and edits
// them; when shared, every account allowed to save investigations can reopen them.
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../auth/types.ts';
import type { Db } from '../../db/db.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { pageArgs, toPage } from '../paging.ts';
import { checkId } from '../entities/validate.ts';

export interface InvestigationView {
  id: string;
  name: string;
  description: string | null;
  ownerId: string;
  owner: string;
  shared: boolean;
  entityIds: string[];
  filters: unknown;
  createdAt: number;
  updatedAt: number;
}

export interface InvestigationInput {
  name: string;
  description?: string | null;
  entityIds: readonly string[];
  filters?: unknown;
  shared?: boolean | null;
}

const MAX_ENTITIES = 500;
const MAX_FILTERS = 20_000;

function toView(v: unknown): InvestigationView | null {
  const p = (v as { properties?: Record<string, unknown> } | null)?.properties;
  if (!p || typeof p.id !== 'string') return null;
  let filters: unknown = null;
  if (typeof p.filters === 'string') {
    try {
      filters = JSON.parse(p.filters);
    } catch {
      filters = null;
    }
  }
  return {
    id: p.id,
    name: String(p.name),
    description: typeof p.description === 'string' ? p.description : null,
    ownerId: String(p.ownerId),
    owner: String(p.owner),
    shared: p.shared === true,
    entityIds: Array.isArray(p.entityIds) ? p.entityIds.map(String) : [],
    filters,
    createdAt: Number(p.createdAt),
    updatedAt: Number(p.updatedAt),
  };
}

function checkInput(field: string, input: InvestigationInput) {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name.length < 1 || name.length > 200) {
    throw badInput(`${field}.name: expected 1 to 200 characters, got ${name.length}.`);
  }
  const description = input.description?.trim() || null;
  if (description && description.length > 5_000) {
    throw badInput(`${field}.description: expected at most 5000 characters, got ${description.length}.`);
  }
  if (input.entityIds.length > MAX_ENTITIES) {
    throw badInput(
      `${field}.entityIds: expected at most ${MAX_ENTITIES} ids, got ${input.entityIds.length}.`,
    );
  }
  const entityIds = [...new Set(input.entityIds.map((id, i) => checkId(`${field}.entityIds[${i}]`, id)))];
  let filters: string | null = null;
  if (input.filters !== undefined && input.filters !== null) {
    if (typeof input.filters !== 'object' || Array.isArray(input.filters)) {
      throw badInput(`${field}.filters: expected a JSON object.`);
    }
    filters = JSON.stringify(input.filters);
    if (filters.length > MAX_FILTERS) {
      throw badInput(
        `${field}.filters: expected at most ${MAX_FILTERS} characters of JSON, got ${filters.length}.`,
      );
    }
  }
  return { name, description, entityIds, filters, shared: input.shared ?? false };
}

export class InvestigationService {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  async save(principal: Principal, input: InvestigationInput): Promise<InvestigationView> {
    const v = checkInput('saveInvestigation.input', input);
    const [row] = await this.db.write('queries/investigations/create-investigation', {
      ...v,
      id: randomUUID(),
      ownerId: principal.userId,
      owner: principal.username,
      now: this.now(),
    });
    return toView(row?.inv)!;
  }

  /** Reads one the caller may see: their own, a shared one, or any for an admin. */
  async get(principal: Principal, id: string): Promise<InvestigationView> {
    const [row] = await this.db.read('queries/investigations/get-investigation', { id: checkId('id', id) });
    const inv = toView(row?.inv);
    if (!inv || (inv.ownerId !== principal.userId && !inv.shared && principal.role !== 'admin')) {
      throw notFound(`id: no investigation you can open has the id ${JSON.stringify(id)}.`);
    }
    return inv;
  }

  async update(principal: Principal, id: string, input: InvestigationInput): Promise<InvestigationView> {
    const current = await this.get(principal, id);
    this.checkOwner(principal, current, 'updateInvestigation');
    const v = checkInput('updateInvestigation.input', input);
    const [row] = await this.db.write('queries/investigations/update-investigation', {
      ...v,
      id,
      now: this.now(),
    });
    return toView(row?.inv)!;
  }

  async remove(principal: Principal, id: string): Promise<void> {
    const current = await this.get(principal, id);
    this.checkOwner(principal, current, 'deleteInvestigation');
    await this.db.write('queries/investigations/delete-investigation', { id });
  }

  async list(principal: Principal, first?: number | null, after?: string | null) {
    const { skip, limit } = pageArgs(first, after);
    const rows = await this.db.read('queries/investigations/list-investigations', {
      userId: principal.userId,
      skip,
      limit: limit + 1,
    });
    return toPage(
      rows.map((r) => toView(r.inv)).filter((v): v is InvestigationView => v !== null),
      skip,
      limit,
    );
  }

  private checkOwner(principal: Principal, inv: InvestigationView, op: string) {
    if (inv.ownerId !== principal.userId && principal.role !== 'admin') {
      throw new AppError(
        'FORBIDDEN',
        `${op}: only the owner (${inv.owner}) or an admin may change this investigation.`,
      );
    }
  }
}
