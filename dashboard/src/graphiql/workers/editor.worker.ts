// Monaco's editor worker (diffs, links, word ranges), as one pre-bundled module in development.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
