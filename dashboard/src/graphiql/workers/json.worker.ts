// Monaco's JSON worker: checks and completes the variables pane.
import 'monaco-editor/esm/vs/language/json/json.worker.js';
