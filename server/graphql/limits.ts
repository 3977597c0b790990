// Query limits applied before any resolver runs: a validation rule that refuses queries nested
// deeper than maxDepth (fragments followed), and a cost estimate (below) that the HTTP layer
// checks with the request's variables. Per-field caps (hops, result sizes) live with the fields.
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

export function limitsRule(opts: { maxDepth: number }) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        let d = 0;
        if (sel.kind === Kind.FIELD) d = sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 0;
        else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet, seen);
        else if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const name = sel.name.value;
          if (seen.has(name)) continue; // a cycle is reported by graphql's own NoFragmentCycles rule
          d = depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name]));
        }
        max = Math.max(max, d);
        if (max > opts.maxDepth) return max; // no need to walk the rest
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > opts.maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${opts.maxDepth}.`, {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      },
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Cost: an estimate of how much work a query asks for, computed with its variables before any
// resolver runs. Each field that returns objects costs the product of the multipliers on its
// path: a size argument (first/limit/…, at any depth of its arguments, e.g. inside `input`)
// times a hops argument; a list without a size argument counts as DEFAULT_LIST_SIZE unless an
// enclosing field already carried a size (its nodes/edges/items are what that size bounds).
// Nesting sized lists multiplies, which is what makes a query explode.

export const DEFAULT_MAX_COST = 1_000_000;
const DEFAULT_LIST_SIZE = 10;
const SIZE_ARGS = new Set(['first', 'last', 'limit', 'top', 'size', 'maxNodes', 'maxResults', 'maxPaths']);
const HOP_ARGS = new Set(['hops', 'depth', 'maxHops', 'maxLength', 'maxDepth']);

/** The largest numeric value among arguments with these names, searched through nested inputs. */
function argNumber(value: unknown, names: Set<string>, depth = 0): number | undefined {
  if (depth > 5 || value === null || typeof value !== 'object') return undefined;
  let best: number | undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const n =
      names.has(k) && typeof v === 'number' && Number.isFinite(v) ? v : argNumber(v, names, depth + 1);
    if (n !== undefined) best = Math.max(best ?? 0, n);
  }
  return best;
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
    default:
      return undefined;
  }
}

/** The estimated cost of the operation to run, or 0 when it cannot be found (Apollo reports that). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION) {
      if (!operationName ? !operation : def.name?.value === operationName) operation = def;
    }
  }
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    factor: number,
    sized: boolean,
    seen: Set<string>,
  ): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        cost += walk(sel.selectionSet, cond ?? parent, factor, sized, seen);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(sel.name.value)) continue;
        const cond = schema.getType(frag.typeCondition.name.value) ?? parent;
        cost += walk(frag.selectionSet, cond, factor, sized, new Set([...seen, sel.name.value]));
      } else if (sel.selectionSet && (isObjectType(parent) || isInterfaceType(parent))) {
        const def = parent.getFields()[sel.name.value];
        if (!def) continue;
        const args = Object.fromEntries(
          (sel.arguments ?? []).map((a) => [a.name.value, valueOf(a.value, variables)]),
        );
        const size = argNumber(args, SIZE_ARGS);
        const hops = argNumber(args, HOP_ARGS);
        let t: GraphQLOutputType = def.type;
        if (isNonNullType(t)) t = t.ofType;
        const isList = isListType(t);
        let m = Math.max(1, size ?? (isList && !sized ? DEFAULT_LIST_SIZE : 1)) * Math.max(1, hops ?? 1);
        if (!Number.isFinite(m)) m = Number.MAX_SAFE_INTEGER;
        const f = Math.min(factor * m, Number.MAX_SAFE_INTEGER);
        cost += f + walk(sel.selectionSet, getNamedType(def.type), f, sized || size !== undefined, seen);
      }
      if (cost > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
    }
    return cost;
  };
  return walk(operation.selectionSet, root, 1, false, new Set());
}
