// The "Voorbeelden" pane in GraphiQL's sidebar: the saved operations for the common monitor
// questions. Choosing one opens it in a new tab with its example variables, ready to run.
import { StarIcon, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { SAVED_OPERATIONS } from './operations/index.ts';
import type { SavedOperation } from './saved-operation.ts';

function SavedOperationsList() {
  const { addTab, updateActiveTabValues } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);

  const open = (operation: SavedOperation) => {
    addTab();
    // The editors report their changes to the tab; without an editor the tab is filled directly.
    if (queryEditor && variableEditor) {
      queryEditor.setValue(operation.query);
      variableEditor.setValue(operation.variables);
    } else {
      updateActiveTabValues({ query: operation.query, variables: operation.variables });
    }
  };

  return (
    <section className="saved-operations" aria-labelledby="voorbeelden-kop">
      <div className="graphiql-doc-explorer-title" id="voorbeelden-kop">
        Voorbeelden
      </div>
      <p>
        Vragen die de monitor vaak stelt. Een voorbeeld opent in een nieuw tabblad, met uitleg bovenaan en de variabelen eronder: pas ze aan
        en klik op ▶ (Ctrl-Enter).
      </p>
      <ul>
        {SAVED_OPERATIONS.map((operation) => (
          <li key={operation.id}>
            <button type="button" className="graphiql-un-styled saved-operations__open" onClick={() => open(operation)}>
              {operation.title}
            </button>
            <p>{operation.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const SAVED_OPERATIONS_PLUGIN: GraphiQLPlugin = {
  title: 'Voorbeelden',
  icon: StarIcon,
  content: SavedOperationsList,
};
