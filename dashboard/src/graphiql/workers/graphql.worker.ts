// monaco-graphql's worker: validation, completion and hover of operations against the schema.
import 'monaco-graphql/esm/graphql.worker.js';
