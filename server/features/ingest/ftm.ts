// FollowTheMoney entities as JSON lines ({"id", "schema", "properties": {name: [values]}}), the
// format of OpenSanctions, Aleph and other investigative tools. Entities keep their FtM id as key;
// interval schemas (Associate, Family, Ownership, CourtCaseParty, Payment, Call) become links.
// Objects (Asset, Thing) become Relics, and an Ownership of one a HELD, dated as far as known.
// A first pass over the input learns each id's schema, so links know what their ends are.
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { checkIdNumber } from '../model/identifiers.ts';
import { CASE_KINDS, PARTY_ROLES, type PartyRole } from '../model/model.ts';
import { FileRefused } from './errors.ts';
import { keyOf, parseIsoDate, parsePartialDate } from './fields.ts';
import { why, type Reason } from './reasons.ts';
import type { Parsed, Reject } from './types.ts';
import type { NodeRecord, Props, RelRecord } from './writer.ts';

interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, unknown[]>;
}

export const FTM_SCHEMAS = [
  'Person',
  'Vehicle',
  'Payment',
  'Call',
  'Associate',
  'Family',
  'Ownership',
  'CourtCase',
  'CourtCaseParty',
  'Asset',
  'Thing',
] as const;

/** FtM schemas of objects: they become Relics, and their ownership a HELD (who held it, when). */
const OBJECT_SCHEMAS = ['Asset', 'Thing'];

/** An FtM date with how precise it is ("1990" a year, "1990-05" a month), for HELD. */
function ftmPartial(text: string | undefined): { at?: number; precision: string } {
  const t = text?.trim();
  if (!t) return { precision: 'unknown' };
  const d = parsePartialDate(t);
  return d ?? { precision: 'unknown' };
}

async function* lines(input: Readable): AsyncGenerator<{ line: number; text: string }> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line += 1;
    if (text.trim()) yield { line, text };
  }
}

function parseEntity(text: string): FtmEntity | Reason {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    return why('ftm.json-invalid', { message: (err as Error).message });
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return why('ftm.not-object');
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id) return why('ftm.id-invalid');
  if (typeof o.schema !== 'string' || !o.schema) return why('ftm.schema-missing');
  const props = o.properties ?? {};
  if (typeof props !== 'object' || Array.isArray(props)) return why('ftm.properties-invalid');
  const properties: Record<string, unknown[]> = {};
  for (const [k, val] of Object.entries(props as Record<string, unknown>))
    properties[k] = Array.isArray(val) ? val : [val];
  return { id: o.id, schema: o.schema, properties };
}

/** An FtM date ("2017", "2017-05", "2017-05-01", or a date-time) as epoch ms. */
export function ftmTime(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return parseIsoDate(`${t}-01-01`);
  if (/^\d{4}-\d{2}$/.test(t)) return parseIsoDate(`${t}-01`);
  return parseIsoDate(t);
}

function partyRole(text: string | undefined): PartyRole {
  const t = (text ?? '').toLowerCase();
  const hit = PARTY_ROLES.find((r) => t.includes(r.replace(/ed$/, '')));
  if (hit) return hit;
  if (t.includes('defendant') || t.includes('accused')) return 'charged';
  return 'other';
}

/** The checks and first pass: every line must be an FtM entity; learns id → schema. */
export async function ftmSchemas(input: Readable, file: string): Promise<Map<string, string>> {
  const schemas = new Map<string, string>();
  let entities = 0;
  let first: string | undefined;
  for await (const { text } of lines(input)) {
    const e = parseEntity(text);
    if ('code' in e) {
      first ??= e.reason;
      continue;
    }
    entities += 1;
    schemas.set(e.id, e.schema);
  }
  if (entities === 0) {
    throw new FileRefused(
      file,
      `it is not FollowTheMoney JSON lines: no line is an entity with id, schema and properties${first ? ` (first problem: ${first})` : ''}`,
    );
  }
  return schemas;
}

export async function* parseFtm(
  input: Readable,
  file: string,
  schemas: Map<string, string>,
): AsyncGenerator<Parsed> {
  for await (const { line, text } of lines(input)) {
    const e = parseEntity(text);
    if ('code' in e) {
      yield { rejects: [{ file, line, field: '(record)', ...e }] };
      continue;
    }
    yield mapEntity(e, `${file}#${line}`, (field, reason) => ({ file, line, field, ...reason }), schemas);
  }
}

function mapEntity(
  e: FtmEntity,
  source: string,
  reject: (f: string, r: Reason) => Reject,
  schemas: Map<string, string>,
): Parsed {
  const all = (p: string) =>
    (e.properties[p] ?? [])
      .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
      .map(String);
  const one = (p: string) => all(p)[0];
  const isA = (id: string, ...want: string[]) => {
    const s = schemas.get(id);
    return s === undefined || want.includes(s);
  };
  const nodes: NodeRecord[] = [];
  const rels: RelRecord[] = [];
  const need = (p: string): string | undefined => one(p);
  const missing = (...ps: string[]) =>
    ps.filter((p) => !need(p)).map((p) => reject(p, why('field.required')));
  const interval = (p: Props) => ({ ...p, from: ftmTime(one('startDate')), to: ftmTime(one('endDate')) });

  switch (e.schema) {
    case 'Person': {
      const names = all('name');
      if (!names.length) return { rejects: [reject('name', why('field.required'))] };
      // A Chinese resident identity number among the idNumbers gives idNumber, idRegion, and the
      // birth date and sex the entity does not state (FtM's own values are kept as they are).
      const cn = all('idNumber')
        .map((n) => checkIdNumber(n))
        .find((r) => r.ok);
      const gender = one('gender')?.toLowerCase();
      const props: Props = {
        name: names[0],
        aliases: [...names.slice(1), ...all('alias'), ...all('weakAlias')],
        documentIds: [...all('idNumber'), ...all('passportNumber'), ...all('taxNumber')],
        idNumber: cn?.value,
        idRegion: cn?.region,
        birthDate: one('birthDate')?.slice(0, 10) ?? cn?.birthDate,
        sex: gender === 'male' || gender === 'female' ? gender : cn?.sex,
        nationality: one('nationality'),
        ftmSchema: e.schema,
      };
      nodes.push({ type: 'Person', key: e.id, props, source });
      for (const n of all('phone')) {
        const k = keyOf('Phone', n);
        if (k)
          rels.push({
            type: 'USES',
            from: { type: 'Person', key: e.id },
            to: { type: 'Phone', key: k },
            source,
          });
      }
      break;
    }
    case 'Vehicle': {
      const plate = one('registrationNumber');
      const props: Props = {
        plate,
        model: one('model'),
        make: one('type'),
        ftmSchema: e.schema,
        registrationNumber: plate,
      };
      nodes.push({ type: 'Vehicle', key: e.id, props, source });
      break;
    }
    case 'Payment': {
      const bad = missing('payer', 'beneficiary');
      if (bad.length) return { rejects: bad };
      const at = ftmTime(one('date'));
      const price = one('amount') === undefined ? undefined : Number(one('amount'));
      if (price !== undefined && !Number.isFinite(price))
        return { rejects: [reject('amount', why('ftm.number-invalid', { got: String(one('amount')) }))] };
      nodes.push({
        type: 'Sale',
        key: e.id,
        props: {
          at,
          date: one('date'),
          price,
          currency: one('currency')?.toUpperCase(),
          channel: 'other',
          description: one('purpose'),
          ftmSchema: e.schema,
        },
        source,
      });
      const payer = one('payer')!;
      const payee = one('beneficiary')!;
      if (isA(payer, 'Person'))
        rels.push({
          type: 'BOUGHT',
          from: { type: 'Person', key: payer },
          to: { type: 'Sale', key: e.id },
          source,
        });
      if (isA(payee, 'Person'))
        rels.push({
          type: 'SOLD',
          from: { type: 'Person', key: payee },
          to: { type: 'Sale', key: e.id },
          source,
        });
      break;
    }
    case 'Call': {
      const bad = missing('callerNumber', 'receiverNumber');
      if (bad.length) return { rejects: bad };
      const from = keyOf('Phone', one('callerNumber')!);
      const to = keyOf('Phone', one('receiverNumber')!);
      const at = ftmTime(one('date'));
      if (at === undefined)
        return {
          rejects: [reject('date', why('ftm.date-invalid', { got: String(one('date') ?? '') }))],
        };
      const secs = one('duration') === undefined ? undefined : Number(one('duration'));
      nodes.push({
        type: 'Call',
        key: e.id,
        props: {
          at,
          start: one('date'),
          durationSeconds: Number.isFinite(secs) ? secs : undefined,
          ftmSchema: e.schema,
        },
        source,
      });
      rels.push({
        type: 'FROM',
        from: { type: 'Call', key: e.id },
        to: { type: 'Phone', key: from },
        source,
      });
      rels.push({ type: 'TO', from: { type: 'Call', key: e.id }, to: { type: 'Phone', key: to }, source });
      const caller = one('caller');
      const receiver = one('receiver');
      if (caller && isA(caller, 'Person'))
        rels.push({
          type: 'USES',
          from: { type: 'Person', key: caller },
          to: { type: 'Phone', key: from },
          source,
        });
      if (receiver && isA(receiver, 'Person'))
        rels.push({
          type: 'USES',
          from: { type: 'Person', key: receiver },
          to: { type: 'Phone', key: to },
          source,
        });
      break;
    }
    case 'Associate':
    case 'Family': {
      const other = e.schema === 'Family' ? 'relative' : 'associate';
      const bad = missing('person', other);
      if (bad.length) return { rejects: bad };
      const props = interval({ relation: one('relationship'), ftmId: e.id });
      rels.push({
        type: 'ASSOCIATE_OF',
        from: { type: 'Person', key: one('person')! },
        to: { type: 'Person', key: one(other)! },
        qualifier: e.schema === 'Family' ? 'family' : 'known-associate',
        props,
        source,
      });
      break;
    }
    case 'Asset':
    case 'Thing': {
      const names = all('name');
      const value = one('amount');
      const amount = value === undefined ? undefined : Number(value);
      nodes.push({
        type: 'Relic',
        key: e.id,
        props: {
          catalogueNumber: e.id,
          name: names[0],
          description: one('description') ?? names[0],
          estimatedValue: amount !== undefined && Number.isFinite(amount) ? amount : undefined,
          currency: one('currency')?.toUpperCase(),
          notes: one('summary'),
          ftmSchema: e.schema,
        },
        source,
      });
      break;
    }
    case 'Ownership': {
      const bad = missing('owner', 'asset');
      if (bad.length) return { rejects: bad };
      const asset = one('asset')!;
      const assetSchema = schemas.get(asset);
      if (assetSchema !== undefined && OBJECT_SCHEMAS.includes(assetSchema)) {
        if (!isA(one('owner')!, 'Person'))
          return {
            rejects: [
              reject(
                'owner',
                why('ftm.holder-not-person', {
                  id: String(one('owner')),
                  schema: String(schemas.get(one('owner')!)),
                }),
              ),
            ],
          };
        const from = ftmPartial(one('startDate'));
        const to = ftmPartial(one('endDate'));
        const order = ['day', 'month', 'year', 'decade', 'unknown'];
        const known = [from, to]
          .filter((d) => d.precision !== 'unknown')
          .map((d) => order.indexOf(d.precision));
        rels.push({
          type: 'HELD',
          from: { type: 'Person', key: one('owner')! },
          to: { type: 'Relic', key: asset },
          props: {
            from: from.at,
            to: to.at,
            fromPrecision: from.precision,
            toPrecision: to.precision,
            precision: known.length ? order[Math.max(...known)] : 'unknown',
            ownershipType: one('ownershipType'),
            ftmId: e.id,
          },
          source,
        });
        break;
      }
      if (assetSchema !== 'Vehicle') {
        return {
          rejects: [
            reject(
              'asset',
              why('ftm.asset-not-owned', { id: String(asset), schema: assetSchema || undefined }),
            ),
          ],
        };
      }
      if (!isA(one('owner')!, 'Person'))
        return {
          rejects: [
            reject(
              'owner',
              why('ftm.owner-not-person', {
                id: String(one('owner')),
                schema: String(schemas.get(one('owner')!)),
              }),
            ),
          ],
        };
      rels.push({
        type: 'OWNS',
        from: { type: 'Person', key: one('owner')! },
        to: { type: 'Vehicle', key: asset },
        props: interval({ ftmId: e.id }),
        source,
      });
      break;
    }
    case 'CourtCase': {
      const category = (one('category') ?? '').toLowerCase().replace(/[\s_]+/g, '-');
      const kind = (CASE_KINDS as readonly string[]).includes(category) ? category : 'other';
      const props: Props = {
        title: one('name'),
        caseNumber: one('caseNumber'),
        at: ftmTime(one('fileDate') ?? one('startDate')),
        date: one('fileDate') ?? one('startDate'),
        status: one('status'),
        court: one('court'),
        kind,
        ftmSchema: e.schema,
      };
      nodes.push({ type: 'Case', key: e.id, props, source });
      break;
    }
    case 'CourtCaseParty': {
      const bad = missing('party', 'case');
      if (bad.length) return { rejects: bad };
      if (!isA(one('party')!, 'Person'))
        return {
          rejects: [
            reject(
              'party',
              why('ftm.party-not-person', {
                id: String(one('party')),
                schema: String(schemas.get(one('party')!)),
              }),
            ),
          ],
        };
      rels.push({
        type: 'PARTY_TO',
        from: { type: 'Person', key: one('party')! },
        to: { type: 'Case', key: one('case')! },
        qualifier: partyRole(one('role')),
        props: interval({ roleText: one('role'), ftmId: e.id }),
        source,
      });
      break;
    }
    default:
      return {
        rejects: [reject('schema', why('ftm.schema-unknown', { schema: e.schema, schemas: FTM_SCHEMAS }))],
      };
  }
  return { nodes, rels, accepted: true };
}
