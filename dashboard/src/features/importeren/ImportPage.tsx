// Container for "Bestand importeren": the werkgroep uploads its uitstroommonitor sheet.
import { useId } from 'react';
import { Heading, Paragraph } from '../../components/utrecht/index.ts';
import { isBusy, isCancellable, useImportUitstroommonitor } from '../../hooks/useImportUitstroommonitor.ts';
import { ImportForm } from './ImportForm.tsx';
import { ImportFormatHelp } from './ImportFormatHelp.tsx';
import { ImportOutcome } from './ImportOutcome.tsx';

export const IMPORT_PAGE_TITLE = 'Bestand importeren';

export interface ImportPageProps {
  /** Link target of the uitstroom page, with its filters. */
  uitstroomHref: string;
  onShowUitstroom: () => void;
}

export function ImportPage({ uitstroomHref, onShowUitstroom }: ImportPageProps) {
  const helpHeadingId = useId();
  const { state, start, cancel, reset } = useImportUitstroommonitor();

  return (
    <>
      <Heading level={1}>{IMPORT_PAGE_TITLE}</Heading>
      <Paragraph lead>
        Importeer het uitstroommonitorbestand van uw werkgroep: één rij per traject. Daarna staan de nieuwe cijfers
        op de pagina Uitstroom.
      </Paragraph>
      <ImportForm
        busy={isBusy(state)}
        cancellable={isCancellable(state)}
        error={state.status === 'invalid' ? state.message : null}
        onImport={start}
        onCancel={cancel}
        onFileChange={() => {
          // A new file: the message about the previous choice no longer applies.
          if (state.status === 'invalid') reset();
        }}
      />
      <ImportOutcome state={state} uitstroomHref={uitstroomHref} onShowUitstroom={onShowUitstroom} />
      <ImportFormatHelp headingId={helpHeadingId} />
    </>
  );
}
