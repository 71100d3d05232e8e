// GraphiQL, bundled with the dashboard (no CDN): Monaco's workers, styles and fonts all come from
// this origin. Loaded lazily by ApiExplorerPage, only for roles that may use it.
import 'graphiql/style.css';
import './monaco-workers.ts';
import { GraphiQL } from 'graphiql';
import { fetchGraphQL } from './fetcher.ts';
import { SAVED_OPERATIONS_PLUGIN } from './SavedOperations.tsx';
import { namespacedStorage } from './storage.ts';

const STORAGE = namespacedStorage(sessionStorage, 'uitstroommonitor.api-verkenner');

const WELCOME = `# Welkom in de API-verkenner van de Uitstroommonitor.
#
# Links onder "Voorbeelden" staan bevragingen voor de vragen die de monitor vaak stelt; kies er een
# en voer hem uit met ▶ (Ctrl-Enter). De beschrijving van elk type en veld staat onder het boek-icoon
# (Documentation Explorer); Ctrl-Spatie vult velden aan.
#
# U bevraagt de API met uw eigen aanmelding: u ziet wat uw rol mag zien, met kleine aantallen als
# "<5". Meer in docs/analysts.md.

query Convenanten {
  covenants {
    id
    name
    region
  }
}
`;

export default function Ide() {
  return (
    <GraphiQL
      fetcher={fetchGraphQL}
      plugins={[SAVED_OPERATIONS_PLUGIN]}
      visiblePlugin={SAVED_OPERATIONS_PLUGIN}
      defaultQuery={WELCOME}
      storage={STORAGE}
      isHeadersEditorEnabled={false}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>API-verkenner</GraphiQL.Logo>
    </GraphiQL>
  );
}
