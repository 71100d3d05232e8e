// One executable schema from the four subgraphs, without federation: the supergraph's API schema
// (the gateway's own composition) run by the subgraphs' own resolver maps. Each field runs the
// resolver of the subgraph its parent came from when that subgraph defines the field; otherwise —
// an entity reference such as { __typename: 'Party', id } reaching Party.name — the parent is first
// passed through the owning subgraph's __resolveReference (once per entity and request), exactly
// where a gateway would fetch _entities from that subgraph.
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { composeSupergraph } from '@uitstroom/gateway/compose';
import type { SubgraphContext, Viewer } from '@uitstroom/subgraph-kit';
import { defaultFieldResolver, Kind, parse, type DirectiveNode, type DocumentNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type TypeNode } from 'graphql';

export type SubgraphName = 'parties' | 'trajectories' | 'funding' | 'monitoring';

export interface MergedSubgraph {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<never>;
  /** The subgraph's own per-request context (viewer, db, fresh DataLoaders): subgraph-kit's contextFor. */
  contextFor(viewer: Viewer): SubgraphContext<unknown>;
}

/** Per request: the viewer, each subgraph's own context (made on first use) and the entities resolved so far. */
export class MergedContext {
  readonly viewer: Viewer;
  readonly references = new Map<string, Promise<unknown>>();
  private readonly subgraphs: ReadonlyMap<SubgraphName, MergedSubgraph>;
  private readonly contexts = new Map<SubgraphName, SubgraphContext<unknown>>();

  constructor(viewer: Viewer, subgraphs: ReadonlyMap<SubgraphName, MergedSubgraph>) {
    this.viewer = viewer;
    this.subgraphs = subgraphs;
  }

  of(name: SubgraphName): SubgraphContext<unknown> {
    let context = this.contexts.get(name);
    if (context === undefined) {
      context = (this.subgraphs.get(name) as MergedSubgraph).contextFor(this.viewer);
      this.contexts.set(name, context);
    }
    return context;
  }
}

type Resolver = GraphQLFieldResolver<unknown, unknown>;
type ReferenceResolver = (reference: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

/** Which subgraph produced an object (a parent of the fields below it). */
const origins = new WeakMap<object, SubgraphName>();

const originOf = (value: unknown) => (typeof value === 'object' && value !== null ? origins.get(value) : undefined);

function mark(value: unknown, origin: SubgraphName): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Promise) return value.then((resolved: unknown) => mark(resolved, origin));
  if (Array.isArray(value)) return value.map((item: unknown) => mark(item, origin));
  origins.set(value, origin);
  return value;
}

/** Per object type: the subgraphs defining each field, and the key fields where a subgraph can resolve it as an entity. */
interface TypeOwnership {
  fields: Map<string, SubgraphName[]>;
  keys: Map<SubgraphName, string[]>;
  /** Has a @key somewhere (also `resolvable: false`): its objects may reach fields of another subgraph. */
  entity: boolean;
}

const argument = (directive: DirectiveNode, name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;

function resolvableKey(directive: DirectiveNode): string[] | null {
  const fields = argument(directive, 'fields');
  const resolvable = argument(directive, 'resolvable');
  if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) return null;
  if (fields?.kind !== Kind.STRING || /[{}]/.test(fields.value)) throw new Error(`unsupported @key: ${JSON.stringify(fields)}`);
  return fields.value.trim().split(/\s+/);
}

function ownership(subgraphs: readonly MergedSubgraph[]): Map<string, TypeOwnership> {
  const types = new Map<string, TypeOwnership>();
  for (const subgraph of subgraphs) {
    for (const node of subgraph.typeDefs.definitions) {
      if (node.kind !== Kind.OBJECT_TYPE_DEFINITION && node.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      const type = types.get(node.name.value) ?? { fields: new Map(), keys: new Map(), entity: false };
      types.set(node.name.value, type);
      for (const field of node.fields ?? []) type.fields.set(field.name.value, [...(type.fields.get(field.name.value) ?? []), subgraph.name]);
      const keys = node.directives?.filter((d) => d.name.value === 'key') ?? [];
      type.entity ||= keys.length > 0;
      const key = keys.map(resolvableKey).find((k) => k !== null);
      if (key) type.keys.set(subgraph.name, key);
    }
  }
  return types;
}

function resolverOf(subgraph: MergedSubgraph, typeName: string, fieldName: string): Resolver | undefined {
  const entry = (subgraph.resolvers as Record<string, Record<string, unknown> | undefined>)[typeName]?.[fieldName];
  if (typeof entry === 'function') return entry as Resolver;
  return (entry as { resolve?: Resolver } | undefined)?.resolve;
}

/** A reference is made of the key fields as the parent holds them: no subgraph may compute a key field with a resolver. */
function assertPlainKeys(types: Map<string, TypeOwnership>, subgraphs: readonly MergedSubgraph[]): void {
  for (const [typeName, type] of types) {
    for (const field of new Set([...type.keys.values()].flat())) {
      const computed = subgraphs.find((s) => resolverOf(s, typeName, field));
      if (computed) throw new Error(`${computed.name} resolves the key field ${typeName}.${field}: not supported by this reference`);
    }
  }
}

/** Passes a parent through `owner`'s __resolveReference, as a gateway's _entities fetch would; once per entity and request. */
function referenceResolver(owner: MergedSubgraph, typeName: string, keyFields: readonly string[]) {
  const resolveReference = resolverOf(owner, typeName, '__resolveReference') as ReferenceResolver | undefined;
  return (parent: unknown, context: MergedContext, info: GraphQLResolveInfo): Promise<unknown> => {
    const representation: Record<string, unknown> = { __typename: typeName };
    for (const field of keyFields) {
      const value = (parent as Record<string, unknown>)[field];
      if (value === undefined || value === null) throw new Error(`a ${typeName} reference without its key field ${field}`);
      representation[field] = value;
    }
    const cacheKey = `${owner.name}\u0000${typeName}\u0000${keyFields.map((f) => String(representation[f])).join('\u0000')}`;
    let entity = context.references.get(cacheKey);
    if (entity === undefined) {
      entity = Promise.resolve(resolveReference ? resolveReference(representation, context.of(owner.name), info) : representation).then((e) => mark(e, owner.name));
      context.references.set(cacheKey, entity);
    }
    return entity;
  };
}

interface FieldPlan {
  typeName: string;
  fieldName: string;
  definers: MergedSubgraph[];
  /** Whether the field's value is an object whose origin decides how the fields below it resolve (an entity, or a type several subgraphs define). */
  tracked: boolean;
  type: TypeOwnership;
}

/** A field of a type only one subgraph knows: its resolver with that subgraph's context; graphql's default when it has none. */
function ownField(plan: FieldPlan, subgraph: MergedSubgraph): Resolver | undefined {
  const own = resolverOf(subgraph, plan.typeName, plan.fieldName);
  if (!plan.tracked) return own && ((parent, args, context, info) => own(parent, args, (context as MergedContext).of(subgraph.name), info));
  const resolve = own ?? defaultFieldResolver;
  return (parent, args, context, info) => mark(resolve(parent, args, (context as MergedContext).of(subgraph.name), info), subgraph.name);
}

function fieldResolver(plan: FieldPlan): Resolver | undefined {
  const first = plan.definers[0] as MergedSubgraph;
  if (!plan.type.entity && plan.definers.length === 1) return ownField(plan, first);
  const resolvers = new Map(plan.definers.map((s) => [s.name, resolverOf(s, plan.typeName, plan.fieldName) ?? defaultFieldResolver] as const));
  const run = (name: SubgraphName, parent: unknown, args: Record<string, unknown>, context: MergedContext, info: GraphQLResolveInfo) => {
    const value = (resolvers.get(name) as Resolver)(parent, args, context.of(name), info);
    return plan.tracked ? mark(value, name) : value;
  };
  // The subgraph a foreign parent is resolved through: one that defines the field and resolves the type as an entity.
  const owner = plan.definers.find((s) => plan.type.keys.has(s.name));
  if (owner === undefined) {
    return (parent, args, context, info) => {
      const origin = originOf(parent);
      return run(origin !== undefined && resolvers.has(origin) ? origin : first.name, parent, args, context as MergedContext, info);
    };
  }
  const reference = referenceResolver(owner, plan.typeName, plan.type.keys.get(owner.name) as string[]);
  return (parent, args, context, info) => {
    const origin = originOf(parent);
    if (origin !== undefined && resolvers.has(origin)) return run(origin, parent, args, context as MergedContext, info);
    return reference(parent, context as MergedContext, info).then((entity) => (entity === null || entity === undefined ? null : run(owner.name, entity, args, context as MergedContext, info)));
  };
}

/** Scalars (Date, JSON) and enums with internal values, from every subgraph; one subgraph's mapping may not contradict another's. */
function leafResolvers(typeDefs: DocumentNode, subgraphs: readonly MergedSubgraph[]): Record<string, unknown> {
  const leaves = new Set(typeDefs.definitions.flatMap((d) => (d.kind === Kind.SCALAR_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_DEFINITION ? [d.name.value] : [])));
  const resolvers: Record<string, unknown> = {};
  for (const subgraph of subgraphs) {
    for (const [name, value] of Object.entries(subgraph.resolvers)) {
      if (!leaves.has(name)) continue;
      const earlier = resolvers[name];
      if (earlier !== undefined && earlier !== value && JSON.stringify(earlier) !== JSON.stringify(value)) throw new Error(`${name} is mapped differently by two subgraphs`);
      resolvers[name] = value;
    }
  }
  return resolvers;
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/**
 * The supergraph's API schema (as the gateway composes it) and a resolver map running it on the
 * subgraphs' resolvers. Plain AST and functions: Apollo Server builds the schema with its own graphql.
 */
export function mergedSchema(subgraphs: readonly MergedSubgraph[]): { typeDefs: DocumentNode; resolvers: Record<string, unknown> } {
  const placeholder = (name: SubgraphName) => `http://unfederated.invalid/${name}`;
  const supergraph = composeSupergraph({ parties: placeholder('parties'), trajectories: placeholder('trajectories'), funding: placeholder('funding'), monitoring: placeholder('monitoring') });
  const typeDefs = transformSupergraphToPublicSchema(parse(supergraph));
  const types = ownership(subgraphs);
  assertPlainKeys(types, subgraphs);
  const tracked = (name: string) => types.get(name)?.entity === true || [...(types.get(name)?.fields.values() ?? [])].some((d) => d.length > 1);
  const resolvers = leafResolvers(typeDefs, subgraphs);
  for (const node of typeDefs.definitions) {
    if (node.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const owned = types.get(node.name.value);
    if (!owned) throw new Error(`no subgraph defines ${node.name.value}`);
    const fields: Record<string, Resolver> = {};
    for (const field of node.fields ?? []) {
      const definers = subgraphs.filter((s) => owned.fields.get(field.name.value)?.includes(s.name));
      if (definers.length === 0) throw new Error(`no subgraph defines ${node.name.value}.${field.name.value}`);
      const resolve = fieldResolver({ typeName: node.name.value, fieldName: field.name.value, definers, tracked: tracked(namedType(field.type)), type: owned });
      if (resolve) fields[field.name.value] = resolve;
    }
    resolvers[node.name.value] = fields;
  }
  return { typeDefs, resolvers };
}
