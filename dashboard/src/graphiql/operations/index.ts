// The saved example operations, in file-name order: every `.graphql` file in this folder, bundled
// into the page as text (no request at run time, nothing fetched from elsewhere).
import { savedOperation, type SavedOperation } from '../saved-operation.ts';

const sources = import.meta.glob<string>('./*.graphql', { query: '?raw', import: 'default', eager: true });

export const SAVED_OPERATIONS: readonly SavedOperation[] = Object.entries(sources)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, source]) => savedOperation(path, source));
