// The API-verkenner's entry (graphiql.html): a second page of the dashboard, same origin and session.
import './api-explorer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiExplorerPage } from './ApiExplorerPage.tsx';

const container = document.getElementById('root');
if (container === null) throw new Error('graphiql.html mist het element #root');

createRoot(container).render(
  <StrictMode>
    <ApiExplorerPage />
  </StrictMode>,
);
