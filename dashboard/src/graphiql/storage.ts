// Where GraphiQL keeps its tabs and history: this tab's sessionStorage, like the session itself, so
// operations (and the case codes a beheerder may put in variables) go when the tab closes. Under a
// prefix of their own, because GraphiQL's "clear storage" calls clear(): on the bare sessionStorage
// that would also remove the sign-in.
import type { GraphiQLProps } from 'graphiql';

type GraphiQLStorage = NonNullable<GraphiQLProps['storage']>;

export function namespacedStorage(backing: Storage, namespace: string): GraphiQLStorage {
  const prefix = `${namespace}:`;
  const ownKeys = () =>
    Array.from({ length: backing.length }, (_, i) => backing.key(i)).filter((key): key is string => key !== null && key.startsWith(prefix));
  return {
    getItem: (key) => backing.getItem(prefix + key),
    setItem: (key, value) => backing.setItem(prefix + key, value),
    removeItem: (key) => backing.removeItem(prefix + key),
    clear: () => {
      for (const key of ownKeys()) backing.removeItem(key);
    },
    get length() {
      return ownKeys().length;
    },
  };
}
