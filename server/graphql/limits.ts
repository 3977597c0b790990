// Query limits applied before any resolver runs: how deep a document nests, how many field
// selections it makes once its fragments are expanded, whether it introspects, and an estimate of
// the work it asks for with its variables (analyseOperation; the HTTP admission check refuses
// before Apollo sees the request), and a validation rule for the depth (limitsRule; Apollo runs it
// on every document it executes). Per-field caps (hops, result sizes) live with the fields.
//
// Every walk here is linear in the size of the document: a fragment is walked once and its result
// reused wherever it is spread (a document of 22 fragments, each spreading the next twice, stands
// for 4 million selections but is 22 walks). What a fragment contributes does not depend on where
// it is spread: its depth, its expanded field count and whether it introspects are properties of
// the fragment alone; its cost is the enclosing multiplier times the fragment's cost at a
// multiplier of 1 (every term of the cost is a product ending in the enclosing multiplier), and
// depends on the context only through one flag (whether an enclosing field already carried a
// size), so it is memoised per fragment and flag.
import {
  GraphQLError,
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * Largest estimated cost admitted. The client's dearest operation (a 3-hop neighbourhood of one
 * entity with everything a drawing shows) estimates about 9,000; seven of those at once, about
 * 1 s of database work, still pass, fifty (7 s) do not.
 */
export const DEFAULT_MAX_COST = 50_000;
/** Field selections a document may make once its fragments are expanded. */
export const DEFAULT_MAX_FIELDS = 5_000;

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}

/** What a selection set amounts to once its fragments are expanded. */
interface Shape {
  /** Nesting of fields with selections below this set (a leaf field adds nothing). */
  depth: number;
  /** Field selections, each spread counted as often as it is spread. */
  fields: number;
  /** Whether `__schema` or `__type` is selected anywhere below. */
  introspection: boolean;
}

const EMPTY: Shape = { depth: 0, fields: 0, introspection: false };

/**
 * The shape of selection sets, each fragment walked once (a cycle, which graphql's own
 * NoFragmentCycles rule reports, counts as empty where it closes).
 */
function shapes(fragments: Fragments): (set: SelectionSetNode | undefined) => Shape {
  const memo = new Map<string, Shape>();
  const walking = new Set<string>();
  const shapeOf = (set: SelectionSetNode | undefined): Shape => {
    if (!set) return EMPTY;
    let depth = 0;
    let fields = 0;
    let introspection = false;
    for (const sel of set.selections) {
      let s: Shape;
      if (sel.kind === Kind.FIELD) {
        const below = shapeOf(sel.selectionSet);
        const name = sel.name.value;
        s = {
          depth: sel.selectionSet ? 1 + below.depth : 0,
          fields: 1 + below.fields,
          introspection: below.introspection || name === '__schema' || name === '__type',
        };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        s = shapeOf(sel.selectionSet);
      } else {
        const name = sel.name.value;
        let m = memo.get(name);
        if (!m) {
          if (walking.has(name)) continue;
          walking.add(name);
          m = shapeOf(fragments.get(name)?.selectionSet);
          walking.delete(name);
          memo.set(name, m);
        }
        s = m;
      }
      depth = Math.max(depth, s.depth);
      fields += s.fields;
      introspection ||= s.introspection;
    }
    return { depth, fields, introspection };
  };
  return shapeOf;
}

export function limitsRule(opts: { maxDepth: number }) {
  return (context: ValidationContext): ASTVisitor => {
    const shapeOf = shapes(fragmentsOf(context.getDocument()));
    return {
      OperationDefinition(node) {
        const { depth } = shapeOf(node.selectionSet);
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
// resolver runs, in records read or returned. Each field that returns objects costs the number of
// objects it stands for (the product of the multipliers on its path), plus, for fields whose
// database work is more than what they return, that work. A field's multiplier is its size
// argument (first/limit/k/…, at any depth of its arguments, e.g. inside `input`, or the schema's
// default when not given; the number of `ids` asked for) times a hops argument; a list without a
// size counts as DEFAULT_LIST_SIZE unless an enclosing field already carried a size (its
// nodes/edges/items are what that size bounds). Nesting sized lists multiplies, which is what makes
// a query explode. Neighbourhoods are estimated from what they do (neighbourhoodCost below), and
// `__schema`/`__type` cost twice the size of the schema each, their lists counted at the schema's
// sizes (across all types below `__schema`: the average per type; below `__type`: the largest).
//
// The walk carries a mode besides the multiplier: whether an enclosing field carried a size, or,
// in introspection, whether the lists below describe all types or one. Cost is linear in the
// multiplier, so a fragment's cost is memoised per mode at a multiplier of 1.

const DEFAULT_LIST_SIZE = 10;
/**
 * What every root field (but __typename) costs besides what it returns: at least one statement
 * on the database, so that thousands of aliased one-record lookups are not free.
 */
const ROOT_FIELD_COST = 25;
const SIZE_ARGS = new Set([
  'first',
  'last',
  'limit',
  'top',
  'size',
  'k',
  'maxNodes',
  'maxResults',
  'maxPaths',
]);
const HOP_ARGS = new Set(['hops', 'depth', 'maxHops', 'maxLength', 'maxDepth']);
/** Lists of ids whose length is how many objects the field returns or starts from. */
const ID_LIST_ARGS = new Set(['ids', 'people', 'entityIds']);

/**
 * Neighbours a node is assumed to have per hop, and the weight of reading a relationship against
 * returning a record. Measured on the demo network (tests/api/hostile-requests.test.ts compares
 * the estimate with Neo4j's db hits): a person's 1, 2 and 3-hop neighbourhoods reach about 5, 60
 * and 200 nodes, and reading a relationship (its filters check a handful of properties on it and
 * its far node) costs 20-30 db hits where returning a record costs about 10.
 */
export const NEIGHBOURHOOD_BRANCHING = 10;
const NEIGHBOURHOOD_WORK_WEIGHT = 3;
/** Finding each starting entity (by uid, and by element id for records kept as shipped). */
const NEIGHBOURHOOD_SEED_COST = 30;
/** What server/features/graph/service.ts accepts: ids 1..50, hops 1..3. */
const NEIGHBOURHOOD_MAX_IDS = 50;
const NEIGHBOURHOOD_MAX_HOPS = 3;

/**
 * A neighbourhood expands hop by hop: each hop reads every relationship of the nodes the previous
 * hop added (at most `cap` of them) and keeps at most `cap` new nodes. Returned: the nodes it
 * reaches (at most `cap`); work: finding the starting entities and the relationships it reads. An
 * upper bound in that every hop asked for is counted (the service skips the hops after one that
 * passes the cap).
 */
export function neighbourhoodCost(ids: number, hops: number, cap: number): { size: number; work: number } {
  const b = NEIGHBOURHOOD_BRANCHING;
  let frontier = Math.min(ids, cap);
  let reached = frontier;
  let work = 0;
  for (let h = 1; h <= hops; h++) {
    work += frontier * b;
    frontier = Math.min(cap, frontier * b);
    reached += frontier;
  }
  return {
    size: Math.min(cap, reached),
    work: NEIGHBOURHOOD_WORK_WEIGHT * work + NEIGHBOURHOOD_SEED_COST * Math.min(ids, cap),
  };
}

/** The largest numeric value among arguments with these names, searched through nested inputs. */
function argNumber(value: unknown, names: ReadonlySet<string>, depth = 0): number | undefined {
  if (depth > 5 || value === null || typeof value !== 'object') return undefined;
  let best: number | undefined;
  // Keys only: a variable's list of thousands of items is not searched item by item.
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 20)) {
      const n = argNumber(v, names, depth + 1);
      if (n !== undefined) best = Math.max(best ?? 0, n);
    }
    return best;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    let n: number | undefined;
    if (names.has(k) && typeof v === 'number' && Number.isFinite(v)) n = v;
    else if (names === ID_LIST_ARGS && names.has(k) && Array.isArray(v)) n = v.length;
    else n = argNumber(v, names, depth + 1);
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

/** A field's arguments with its variables, and the schema's defaults where not given. */
function argsOf(
  field: FieldNode,
  def: GraphQLField<unknown, unknown> | undefined,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of def?.args ?? []) if (a.defaultValue !== undefined) args[a.name] = a.defaultValue;
  for (const a of field.arguments ?? []) {
    const v = valueOf(a.value, variables);
    if (v !== undefined) args[a.name.value] = v;
  }
  return args;
}

/**
 * What one `__schema` or `__type` selection costs before what it selects, per member of the
 * schema (types, fields, arguments, input fields, enum values; about 900 here): a type reference
 * under each is at least one more object. Whatever it selects, a thousand aliases of it are refused.
 */
const INTROSPECTION_WEIGHT = 2;

/** Sizes of the schema, for what introspection returns. */
interface SchemaSizes {
  /** Types, fields, arguments, input fields and enum values: what a full introspection lists. */
  total: number;
  types: number;
  directives: number;
  /** The most fields (or input fields, enum values, …) of any one type. */
  members: number;
  /** The most arguments of any one field or directive. */
  args: number;
  /** Members per type, and arguments per field, on average (rounded up). */
  avgMembers: number;
  avgArgs: number;
}

const schemaSizes = new WeakMap<GraphQLSchema, SchemaSizes>();

function sizesOf(schema: GraphQLSchema): SchemaSizes {
  let s = schemaSizes.get(schema);
  if (s) return s;
  const types = Object.values(schema.getTypeMap());
  let total = types.length;
  let members = 1;
  let args = 1;
  let allMembers = 0;
  let allArgs = 0;
  let fieldCount = 0;
  for (const t of types) {
    let n = 0;
    if (isObjectType(t) || isInterfaceType(t)) {
      for (const f of Object.values(t.getFields())) {
        n++;
        fieldCount++;
        allArgs += f.args.length;
        args = Math.max(args, f.args.length);
        total += f.args.length;
      }
      n = Math.max(n, t.getInterfaces().length);
    } else if (isInputObjectType(t)) n = Object.keys(t.getFields()).length;
    else if (isEnumType(t)) n = t.getValues().length;
    else if (isUnionType(t)) n = t.getTypes().length;
    if (isInterfaceType(t)) n = Math.max(n, schema.getPossibleTypes(t).length);
    total += n;
    allMembers += n;
    members = Math.max(members, n);
  }
  const directives = schema.getDirectives();
  for (const d of directives) args = Math.max(args, d.args.length);
  s = {
    total,
    types: types.length,
    directives: directives.length,
    members,
    args,
    avgMembers: Math.max(1, Math.ceil(allMembers / types.length)),
    avgArgs: Math.max(1, Math.ceil(allArgs / Math.max(1, fieldCount))),
  };
  schemaSizes.set(schema, s);
  return s;
}

/**
 * The cost walk's mode: below a field that carried a size or not; in introspection, below
 * `__schema` (lists across all types) or `__type` (one type's lists).
 */
type Mode = 'unsized' | 'sized' | 'all-types' | 'one-type';

/** How many items an introspection list holds, by its field and mode. */
function introspectionListSize(parent: string, field: string, sizes: SchemaSizes, mode: Mode): number {
  if (parent === '__Schema') return field === 'types' ? sizes.types : sizes.directives;
  const all = mode === 'all-types';
  if (field === 'args') return all ? sizes.avgArgs : sizes.args;
  return all ? sizes.avgMembers : sizes.members;
}

export interface OperationAnalysis {
  /** The operation that would run, or undefined when it cannot be found (Apollo reports that). */
  operation: OperationDefinitionNode | undefined;
  /** Deepest nesting of fields with selections. */
  depth: number;
  /** Field selections with every fragment expanded where it is spread. */
  fields: number;
  /** Whether the operation selects `__schema` or `__type`. */
  introspection: boolean;
  /** Estimated work (see above); finite, at most Number.MAX_SAFE_INTEGER. */
  cost: number;
}

/**
 * Depth, expanded size, introspection and cost of the operation to run, with its variables, in
 * one pass over the document (each fragment walked once per flag of the cost walk).
 * `defaultCap`: the neighbourhood cap when the query gives none (MAX_RESULT_NODES).
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Record<string, unknown>,
  operationName?: string | null,
  opts: { defaultCap?: number } = {},
): OperationAnalysis {
  const fragments = fragmentsOf(document);
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) {
      if (!operationName ? !operation : def.name?.value === operationName) operation = def;
    }
  }
  if (!operation) return { operation, depth: 0, fields: 0, introspection: false, cost: 0 };
  const shape = shapes(fragments)(operation.selectionSet);
  const root = schema.getRootType(operation.operation);
  if (!root) return { operation, ...shape, cost: 0 };

  // Variables as the operation sees them: the request's, else the operation's defaults.
  const variables: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    const given = rawVariables[name];
    variables[name] = given !== undefined ? given : v.defaultValue ? valueOf(v.defaultValue, {}) : undefined;
  }
  const sizes = sizesOf(schema);
  const defaultCap = opts.defaultCap ?? 5_000;

  /** The multiplier of a field (objects per parent), its extra work (per parent), the mode below. */
  const multiplier = (
    parent: GraphQLNamedType,
    sel: FieldNode,
    def: GraphQLField<unknown, unknown>,
    mode: Mode,
  ): { m: number; work: number; below: Mode } => {
    let t: GraphQLOutputType = def.type;
    if (isNonNullType(t)) t = t.ofType;
    const isList = isListType(t);
    if (mode === 'all-types' || mode === 'one-type') {
      return {
        m: isList ? introspectionListSize(parent.name, sel.name.value, sizes, mode) : 1,
        work: 0,
        below: mode,
      };
    }
    const args = argsOf(sel, def, variables);
    if (parent === schema.getQueryType() && sel.name.value === 'neighbourhood') {
      const input = (args.input ?? {}) as Record<string, unknown>;
      const count = (v: unknown, dflt: number, max: number) =>
        typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(1, Math.floor(v))) : dflt;
      const ids = Array.isArray(input.ids)
        ? Math.min(NEIGHBOURHOOD_MAX_IDS, Math.max(1, input.ids.length))
        : 1;
      const hops = count(input.hops, 1, NEIGHBOURHOOD_MAX_HOPS);
      const cap = count(input.cap, defaultCap, defaultCap);
      const { size, work } = neighbourhoodCost(ids, hops, cap);
      return { m: size, work, below: 'sized' };
    }
    const size = argNumber(args, SIZE_ARGS) ?? argNumber(args, ID_LIST_ARGS);
    const hops = argNumber(args, HOP_ARGS);
    const m =
      Math.max(1, size ?? (isList && mode === 'unsized' ? DEFAULT_LIST_SIZE : 1)) * Math.max(1, hops ?? 1);
    return { m, work: 0, below: mode === 'sized' || size !== undefined ? 'sized' : 'unsized' };
  };

  // Cost of a selection set at a multiplier of 1; fragments memoised per mode.
  const memo = new Map<string, number>();
  const walking = new Set<string>();
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType, mode: Mode): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD && parent === root && sel.name.value !== '__typename') {
        cost += ROOT_FIELD_COST;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        cost += walk(sel.selectionSet, cond ?? parent, mode);
      } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const key = `${mode}:${name}`;
        let c = memo.get(key);
        if (c === undefined) {
          const frag = fragments.get(name);
          if (!frag || walking.has(key)) continue;
          walking.add(key);
          const cond = schema.getType(frag.typeCondition.name.value) ?? parent;
          c = walk(frag.selectionSet, cond, mode);
          walking.delete(key);
          memo.set(key, c);
        }
        cost += c;
      } else if (sel.selectionSet) {
        const name = sel.name.value;
        if (name === '__schema' || name === '__type') {
          // Introspection: twice the size of the schema each, and its lists below.
          const type = schema.getType(name === '__schema' ? '__Schema' : '__Type');
          const below: Mode = name === '__schema' ? 'all-types' : 'one-type';
          if (type) cost += INTROSPECTION_WEIGHT * sizes.total + walk(sel.selectionSet, type, below);
          continue;
        }
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const def = parent.getFields()[name];
        if (!def) continue;
        const { m, work, below } = multiplier(parent, sel, def, mode);
        cost += m + work + m * walk(sel.selectionSet, getNamedType(def.type), below);
      }
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, root, 'unsized');
  return {
    operation,
    ...shape,
    cost: Number.isFinite(cost) ? Math.min(cost, Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER,
  };
}

/** The estimated cost of the operation to run, or 0 when it cannot be found (Apollo reports that). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
  opts: { defaultCap?: number } = {},
): number {
  return analyseOperation(schema, document, variables, operationName, opts).cost;
}
