// What the page says about the running or finished import: progress, the result, or what went wrong.
import type { MouseEvent } from 'react';
import { ImportProblemsTable } from '../../components/ImportProblemsTable.tsx';
import { UploadProgress } from '../../components/UploadProgress.tsx';
import { Alert, Link, Paragraph } from '../../components/utrecht/index.ts';
import type { ImportState } from '../../hooks/useImportUitstroommonitor.ts';
import {
  PROCESSING_TEXT,
  READING_TEXT,
  failedMessage,
  importedSummary,
  problemsCaption,
  refusedSummary,
  sendingText,
} from '../../transforms/import.ts';
import { isPlainLeftClick } from '../../transforms/navigation.ts';

export interface ImportOutcomeProps {
  state: ImportState;
  uitstroomHref: string;
  onShowUitstroom: () => void;
}

export function ImportOutcome({ state, uitstroomHref, onShowUitstroom }: ImportOutcomeProps) {
  return (
    <>
      {/* One live region that stays in place, so progress and success are announced politely. */}
      <div role="status" aria-live="polite" className="app-import-status" data-testid="import-status">
        <ImportProgress state={state} />
        {state.status === 'imported' && (
          <Alert type="ok">
            <Paragraph>{importedSummary(state.result)}</Paragraph>
            <Paragraph>
              <Link
                href={uitstroomHref}
                onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                  if (!isPlainLeftClick(event)) return;
                  event.preventDefault();
                  onShowUitstroom();
                }}
              >
                Bekijk de uitstroom
              </Link>
            </Paragraph>
          </Alert>
        )}
        {state.status === 'cancelled' && <Paragraph>Het importeren van {state.fileName} is geannuleerd.</Paragraph>}
      </div>
      {state.status === 'refused' && (
        <>
          <Alert type="error" role="alert">
            <Paragraph>{refusedSummary(state.result)}</Paragraph>
            <Paragraph>Verbeter de rijen hieronder in het bestand en importeer het daarna opnieuw.</Paragraph>
          </Alert>
          <ImportProblemsTable caption={problemsCaption(state.result.fileName)} problems={state.result.errors} />
        </>
      )}
      {state.status === 'failed' && (
        <Alert type="error" role="alert">
          <Paragraph>{failedMessage(state.message)}</Paragraph>
          <Paragraph>Probeer het opnieuw: hetzelfde bestand nog eens importeren is veilig.</Paragraph>
        </Alert>
      )}
    </>
  );
}

function ImportProgress({ state }: { state: ImportState }) {
  switch (state.status) {
    case 'reading':
      return <UploadProgress text={READING_TEXT} percent={null} />;
    case 'sending':
      return <UploadProgress text={sendingText(state.percent)} percent={state.percent} />;
    case 'processing':
      return <UploadProgress text={PROCESSING_TEXT} percent={null} />;
    default:
      return null;
  }
}
