// A canonical fingerprint of every :Entity node and relationship between them: uids, labels,
// types and properties, excluding when they were ingested. Two graphs with the same fingerprint
// hold the same data; the crash-safety test compares a killed-and-rerun ingest with a clean one.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import type { Plain } from '../../db/values.ts';

function canonical(v: Plain): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k] as Plain)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function strip(props: Plain): Plain {
  if (!props || typeof props !== 'object' || Array.isArray(props)) return props;
  const { ingestedAt: _ignored, ...rest } = props;
  return rest;
}

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

export async function graphFingerprint(db: Db): Promise<GraphFingerprint> {
  const nodes: string[] = [];
  await db.stream('queries/ingest/checks/fingerprint-nodes', {}, (r) => {
    const labels = [...((r.labels as string[] | null) ?? [])].sort();
    nodes.push(canonical([r.uid ?? null, labels, strip(r.props ?? null)]));
  });
  const rels: string[] = [];
  await db.stream('queries/ingest/checks/fingerprint-relationships', {}, (r) => {
    rels.push(canonical([r.from ?? null, r.type ?? null, r.to ?? null, strip(r.props ?? null)]));
  });
  nodes.sort();
  rels.sort();
  const h = createHash('sha256');
  for (const n of nodes) h.update(n).update('\n');
  h.update('--\n');
  for (const r of rels) h.update(r).update('\n');
  return { nodes: nodes.length, relationships: rels.length, hash: h.digest('hex') };
}
