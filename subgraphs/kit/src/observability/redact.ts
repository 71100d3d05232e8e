// What a log line may hold of an error: its kind, message, stack and chain of causes — never the
// values a SQL statement was sent with. drizzle puts them in its message ("Failed query: …\nparams:
// …"), postgres.js in `parameters`, PostgreSQL in `detail` ("Failing row contains (…)"); an import
// sends whole rows with case codes as one parameter.
// Every logger of every service serialises errors through here (logger.ts), so no log path can
// forget it.

/** Properties of database errors that carry statement values: PostgreSQL's `detail` quotes the failing row or key. */
const VALUE_KEYS = new Set(['params', 'parameters', 'values', 'args', 'detail']);
const MAX_DEPTH = 5;

/** Drops what follows "params:" in a message: drizzle's list of the statement's values. */
export function redactMessage(message: string): string {
  return message.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]');
}

/** An error as a plain object for a log line, with every statement value taken out. */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > MAX_DEPTH) return typeof error === 'string' ? redactMessage(error) : error;
  const out: Record<string, unknown> = { type: error.constructor.name, message: redactMessage(error.message) };
  if (error.stack) out.stack = redactMessage(error.stack);
  for (const [key, value] of Object.entries(error)) {
    if (VALUE_KEYS.has(key)) out[key] = '[redacted]';
    else if (key === 'query' && typeof value === 'string') out[key] = value;
    else if (value instanceof Error) out[key] = serializeError(value, depth + 1);
    else if (key !== 'message' && key !== 'stack' && (value === null || typeof value !== 'object')) out[key] = typeof value === 'string' ? redactMessage(value) : value;
  }
  // Causes and wrapped errors are not always enumerable (Error.cause, GraphQLError.originalError).
  for (const key of ['cause', 'originalError'] as const) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (value !== undefined && !(key in out)) out[key] = serializeError(value, depth + 1);
  }
  return out;
}
