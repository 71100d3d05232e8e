// The header's link to the API-verkenner, for the roles that may run their own operations. It opens
// in a new tab with an opener: the browser then copies this tab's sessionStorage, so the IDE starts
// signed in as the same user (the page is ours, on the same origin, so the opener is no risk).
import { Link } from '../../components/utrecht/index.ts';
import { API_EXPLORER_PATH, mayUseApiExplorer, tokenRole } from './api-explorer.ts';
import './api-explorer-link.css';

export function ApiExplorerLink({ token }: { token: string }) {
  if (!mayUseApiExplorer(tokenRole(token))) return null;
  return (
    <Link className="app-api-explorer-link" href={API_EXPLORER_PATH} target="_blank" rel="opener" data-testid="api-explorer-link">
      API-verkenner<span aria-hidden="true"> ↗</span>
      <span className="app-visually-hidden"> (GraphQL, opent in een nieuw tabblad)</span>
    </Link>
  );
}
