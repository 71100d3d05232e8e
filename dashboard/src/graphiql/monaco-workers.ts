// Monaco's web workers, bundled by Vite (`?worker`) and served from this origin. Without this,
// GraphiQL has no worker setup and the editor features run on the main thread or fail; graphiql's
// own `setup-workers/esm.sh` would load them from a CDN, which a municipal network may block. Each
// worker is a file of ours importing the package's worker, so that in development the package's
// worker is a pre-bundled dependency (a few requests) rather than hundreds of Monaco modules.
import EditorWorker from './workers/editor.worker.ts?worker';
import GraphQLWorker from './workers/graphql.worker.ts?worker';
import JsonWorker from './workers/json.worker.ts?worker';

interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

(globalThis as { MonacoEnvironment?: MonacoEnvironment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
