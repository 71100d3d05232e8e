// A subgraph that cannot be reached (down, restarting, not answering within upstreamTimeout): Hive
// Gateway answers with what the other subgraphs gave, plus one error per failed fetch, placed at best
// on the entity the fetch was for (nowhere for a batched fetch). A refused connection's error reads
// "connect ECONNREFUSED 127.0.0.1:4004" and masking turns it into "Unexpected error."; a timeout's
// passes masking with the subgraph's URL and request in its extensions. Neither says what is missing.
// This plugin replaces them with one error per field that came back null because the only subgraphs
// that resolve it failed, at that field's path, naming the service and no address. The full error
// stays in the gateway's log. Errors a subgraph itself answered with (FORBIDDEN, …) are left alone.
import type { Plugin } from '@envelop/core';
import {
  getNamedType,
  getOperationAST,
  GraphQLError,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type ConstArgumentNode,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/**
 * Codes of a fetch that got no answer to its query: from Hive Gateway's HTTP executor, its query plan
 * and upstreamTimeout, and the 503 a service gives while it stops (subgraphs/kit's serveHttp).
 */
const TRANSPORT_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'RESPONSE_VALIDATION_FAILED', 'DOWNSTREAM_SERVICE_ERROR', 'GATEWAY_TIMEOUT', 'SERVICE_UNAVAILABLE']);

type Path = readonly (string | number)[];

/**
 * The error for a field a subgraph could not give. `like` is the transport error it replaces: the new
 * one is made with the same class, so that the gateway's error masking, which lets through only
 * instances of its own copy of graphql's GraphQLError, recognises it wherever this module's `graphql`
 * import resolves (under vitest, graphql's ESM build next to the runtime's CommonJS one).
 */
export function unavailableError(serviceName: string, path?: Path, like?: GraphQLError): GraphQLError {
  const ErrorClass = (like?.constructor ?? GraphQLError) as typeof GraphQLError;
  return new ErrorClass(`The ${serviceName} service is unavailable; try again shortly.`, {
    path,
    extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName },
  });
}

/** The subgraph a fetch that got no GraphQL answer went to, or null for any other error. */
export function failedService(error: GraphQLError): string | null {
  const { code, serviceName } = error.extensions ?? {};
  return typeof code === 'string' && TRANSPORT_CODES.has(code) && typeof serviceName === 'string' ? serviceName : null;
}

/**
 * The supergraph's name for a subgraph (its join__Graph value), as the composition makes it: the
 * name in capitals, other characters as `_` ('monitoring' → MONITORING). The enum itself is not in
 * the schema the gateway executes against; the fields' @join__field directives are.
 */
export function graphId(serviceName: string): string {
  return serviceName.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
}

/** The subgraphs (join__Graph values) that can resolve a field: its @join__field graphs (not external), else every @join__type graph of its type. */
function ownersOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): string[] {
  const graphOf = (args: readonly ConstArgumentNode[] | undefined) => {
    const graph = args?.find((a) => a.name.value === 'graph')?.value;
    return graph?.kind === Kind.ENUM ? graph.value : undefined;
  };
  const fieldJoins = (field.astNode?.directives ?? []).filter((d) => d.name.value === 'join__field');
  if (fieldJoins.length > 0) {
    const resolving = fieldJoins.filter((d) => !d.arguments?.some((a) => a.name.value === 'external' && a.value.kind === Kind.BOOLEAN && a.value.value));
    return resolving.map((d) => graphOf(d.arguments)).filter((name): name is string => name !== undefined);
  }
  const typeJoins = (parent.astNode?.directives ?? []).filter((d) => d.name.value === 'join__type');
  return typeJoins.map((d) => graphOf(d.arguments)).filter((name): name is string => name !== undefined);
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Failed subgraphs: service name by join__Graph value. */
  failed: Map<string, string>;
  found: { path: Path; service: string }[];
}

/** The fields a selection set asks of `value`, each with the type it is declared on. */
function fieldsOf(walk: Walk, type: GraphQLCompositeType, selectionSet: SelectionSetNode, value: Record<string, unknown>): [GraphQLCompositeType, FieldNode][] {
  const typename = value.__typename;
  const concrete = typeof typename === 'string' ? (walk.schema.getType(typename) as GraphQLCompositeType | undefined) ?? type : type;
  const applies = (condition: string | undefined) => {
    if (!condition || condition === concrete.name || isAbstractType(concrete)) return true;
    const conditionType = walk.schema.getType(condition);
    return isAbstractType(conditionType) && isObjectType(concrete) && walk.schema.isSubType(conditionType, concrete);
  };
  const fields: [GraphQLCompositeType, FieldNode][] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push([concrete, selection]);
    else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      const condition = fragment?.typeCondition?.name.value;
      if (!fragment || !applies(condition)) continue;
      const scope = condition ? ((walk.schema.getType(condition) as GraphQLCompositeType | undefined) ?? concrete) : concrete;
      fields.push(...fieldsOf(walk, isAbstractType(concrete) ? scope : concrete, fragment.selectionSet, value));
    }
  }
  return fields;
}

/** The failed subgraph a selection asks a field of directly, if any. */
function failedFieldIn(walk: Walk, type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined): string | undefined {
  const named = getNamedType(type);
  if (!selectionSet || !(isObjectType(named) || isAbstractType(named))) return undefined;
  for (const [parent, node] of fieldsOf(walk, named, selectionSet, {})) {
    const field = 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
    const service = field ? failedOwner(walk, parent, field) : undefined;
    if (service !== undefined) return service;
  }
  return undefined;
}

/** The failed subgraph that was the only one able to resolve the field, if any. */
function failedOwner(walk: Walk, parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): string | undefined {
  const owners = ownersOf(parent, field);
  return owners.length > 0 && owners.every((owner) => walk.failed.has(owner)) ? walk.failed.get(owners[0] as string) : undefined;
}

/**
 * A null is missing data when its field could come only from a failed subgraph, or when the schema
 * says it cannot be null (a null carried up from a non-null field) and its selection asks a failed
 * subgraph for something. A null the schema allows from a healthy subgraph may be a real null: not reported.
 */
function visitValue(walk: Walk, type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined, value: unknown, path: Path): void {
  if (value === undefined || !selectionSet) return;
  if (value === null) {
    const service = isNonNullType(type) ? failedFieldIn(walk, type, selectionSet) : undefined;
    if (service !== undefined) walk.found.push({ path, service });
    return;
  }
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  if (isListType(unwrapped)) {
    if (Array.isArray(value)) value.forEach((item, index) => visitValue(walk, unwrapped.ofType, selectionSet, item, [...path, index]));
    return;
  }
  if (typeof value !== 'object' || !(isObjectType(unwrapped) || isAbstractType(unwrapped))) return;
  visitObject(walk, unwrapped, selectionSet, value as Record<string, unknown>, path);
}

/** Records the missing data under an object. */
function visitObject(walk: Walk, type: GraphQLCompositeType, selectionSet: SelectionSetNode, value: Record<string, unknown>, path: Path): void {
  for (const [parent, node] of fieldsOf(walk, type, selectionSet, value)) {
    const name = node.name.value;
    const key = node.alias?.value ?? name;
    const field = !name.startsWith('__') && 'getFields' in parent ? parent.getFields()[name] : undefined;
    if (!field) continue;
    const service = value[key] === null ? failedOwner(walk, parent, field) : undefined;
    if (service !== undefined) walk.found.push({ path: [...path, key], service });
    else visitValue(walk, field.type, node.selectionSet, value[key], [...path, key]);
  }
}

/** The result with every transport failure replaced as described at the top of this file. */
export function explainUnavailableSubgraphs(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, result: ExecutionResult): ExecutionResult {
  const errors = result.errors ?? [];
  const failed = new Map(errors.map(failedService).filter((name): name is string => name !== null).map((name) => [graphId(name), name]));
  if (failed.size === 0) return result;
  const operation = getOperationAST(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const walk: Walk = { schema, fragments, failed, found: [] };
  // No data at all (a non-null root field failed): every root field is missing.
  const data = (result.data ?? Object.fromEntries(operation && root ? fieldsOf(walk, root, operation.selectionSet, {}).map(([, node]) => [node.alias?.value ?? node.name.value, null]) : [])) as Record<string, unknown>;
  if (operation && root) visitObject(walk, root, operation.selectionSet, data, []);
  const like = errors.find((error) => failedService(error) !== null);
  const explained = walk.found.map(({ path, service }) => unavailableError(service, path, like));
  const under = (prefix: Path | undefined, path: Path) => !prefix || prefix.every((segment, i) => path[i] === segment);
  const kept = errors.flatMap((error) => {
    const service = failedService(error);
    if (service === null) return [error];
    // Explained by the missing fields found under its path; else (a nullable field of a healthy subgraph
    // that may be a real null, a parent nulled from above) it stays at the gateway's path, without the address.
    return walk.found.some((found) => found.service === service && under(error.path, found.path)) ? [] : [unavailableError(service, error.path, error)];
  });
  const unique = new Map([...explained, ...kept].map((error) => [`${error.message}|${JSON.stringify(error.path ?? null)}|${String(error.extensions?.code)}`, error]));
  return { ...result, errors: [...unique.values()] };
}

/** The Envelop plugin for the gateway's `plugins`. */
export function subgraphUnavailablePlugin(): Plugin {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!('errors' in result) || !result.errors?.length) return;
        setResult(explainUnavailableSubgraphs(args.schema, args.document, args.operationName, result));
      },
    }),
  };
}
