// What a person reads for an entity: one caption rule per entity type (a relic by its description
// and period, a sale by its parties, date and price, a call by its parties and time, a person by
// name). Ids never show as captions; they belong in the "identifiers" section of the details.
import i18next from 'i18next';
import { formatDate, formatMoney } from '../i18n/format.ts';

export interface CaptionInput {
  id: string;
  type: string;
  label?: string | null;
  at?: number | null;
  price?: number | null;
  currency?: string | null;
  properties?: Record<string, unknown> | null;
}

/** Resolves the caption of another entity (the parties of a sale or call), when known. */
export type Lookup = (id: string) => string | undefined;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Looks like an identifier rather than a name: "SL42-000123", "P42-06265388", a UUID. */
export function looksLikeId(s: string): boolean {
  return (
    /^[A-Z]{1,4}\d{0,4}-[\dA-F-]{4,}$/i.test(s) ||
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) ||
    /^\w+:\S+$/.test(s)
  );
}

export function caption(e: CaptionInput, lookup?: Lookup): string {
  const p = e.properties ?? {};
  const t = i18next.t.bind(i18next);
  const at = e.at ?? num(p.at) ?? num(p.date) ?? num(p.startedAt);
  const label = str(e.label);
  const name = str(p.name) ?? str(p.nameZh) ?? str(p.fullName);
  switch (e.type) {
    case 'Person':
      return (
        name ?? (label && !looksLikeId(label) ? label : t('caption.unknown', { type: t('entity.Person') }))
      );
    case 'Relic': {
      const description =
        str(p.description) ?? str(p.name) ?? (label && !looksLikeId(label) ? label : undefined);
      const period = str(p.period) ?? str(p.dynasty);
      if (!description) return t('caption.unknown', { type: t('entity.Relic') });
      return period ? t('caption.relicPeriod', { description, period }) : t('caption.relic', { description });
    }
    case 'Sale': {
      const price = formatMoney(e.price ?? num(p.price), e.currency ?? str(p.currency));
      const date = formatDate(at);
      const seller = str(p.seller) && lookup?.(p.seller as string);
      const buyer = str(p.buyer) && lookup?.(p.buyer as string);
      return seller && buyer
        ? t('caption.saleParties', { seller, buyer, date, price })
        : t('caption.sale', { date, price });
    }
    case 'Call': {
      const from = str(p.from) && lookup?.(p.from as string);
      const to = str(p.to) && lookup?.(p.to as string);
      const date = formatDate(at);
      return from && to ? t('caption.callParties', { from, to, date }) : t('caption.call', { date });
    }
    case 'Sighting': {
      const plate = str(p.plate);
      const date = formatDate(at);
      return plate ? t('caption.sightingOf', { plate, date }) : t('caption.sighting', { date });
    }
    case 'Case': {
      const title = str(p.title) ?? str(p.summary) ?? (label && !looksLikeId(label) ? label : undefined);
      return title
        ? at
          ? t('caption.case', { title, date: formatDate(at) })
          : title
        : t('caption.unknown', { type: t('entity.Case') });
    }
    default:
      return label ?? name ?? t('caption.unknown', { type: t(`entity.${e.type}`, { defaultValue: e.type }) });
  }
}

/** The entity type in the reader's language. */
export const typeName = (type: string): string => i18next.t(`entity.${type}`, { defaultValue: type });
/** The link type in the reader's language. */
export const relName = (type: string): string =>
  i18next.t(`rel.${type}`, { defaultValue: type.toLowerCase().replace(/_/g, ' ') });
