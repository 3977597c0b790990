// What a query asks for below a field, so a resolver fetches no more than is selected.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Field names selected directly in a selection set, through inline fragments and spreads. */
function fieldsOf(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  name: string,
): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  for (const sel of set?.selections ?? []) {
    if (sel.kind === 'Field') {
      if (sel.name.value === name && sel.selectionSet) out.push(sel.selectionSet);
      else if (sel.name.value === name) out.push({ kind: 'SelectionSet' as never, selections: [] });
    } else if (sel.kind === 'InlineFragment') {
      out.push(...fieldsOf(info, sel.selectionSet, name));
    } else {
      out.push(...fieldsOf(info, info.fragments[sel.name.value]?.selectionSet, name));
    }
  }
  return out;
}

/** True when the field being resolved selects the path (e.g. ['nodes', 'entity']) anywhere. */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets: Array<SelectionSetNode | undefined> = info.fieldNodes.map((f) => f.selectionSet);
  for (const name of path) {
    sets = sets.flatMap((s) => fieldsOf(info, s, name));
    if (sets.length === 0) return false;
  }
  return true;
}
