// What a query asks for below a field, so a resolver fetches no more than is selected.
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The selection sets of fields called `name` directly in these sets (through inline fragments and
 * spreads), each set and each fragment visited once: a fragment spread many times, or spreading
 * others that do, costs one visit, so reading a selection is linear in the document's size.
 */
function fieldsOf(
  info: GraphQLResolveInfo,
  sets: Iterable<SelectionSetNode>,
  name: string,
): Set<SelectionSetNode> {
  const out = new Set<SelectionSetNode>();
  const seen = new Set<SelectionSetNode>();
  const stack = [...sets];
  while (stack.length > 0) {
    const set = stack.pop()!;
    if (seen.has(set)) continue;
    seen.add(set);
    for (const sel of set.selections) {
      if (sel.kind === 'Field') {
        if (sel.name.value === name) out.add(sel.selectionSet ?? EMPTY_SET);
      } else if (sel.kind === 'InlineFragment') {
        stack.push(sel.selectionSet);
      } else {
        const frag = info.fragments[sel.name.value];
        if (frag) stack.push(frag.selectionSet);
      }
    }
  }
  return out;
}

const EMPTY_SET = { kind: 'SelectionSet', selections: [] } as unknown as SelectionSetNode;

/** True when the field being resolved selects the path (e.g. ['nodes', 'entity']) anywhere. */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = new Set<SelectionSetNode>();
  for (const f of info.fieldNodes) if (f.selectionSet) sets.add(f.selectionSet);
  if (sets.size === 0) return path.length === 0;
  for (const name of path) {
    sets = fieldsOf(info, sets, name);
    if (sets.size === 0) return false;
  }
  return true;
}
