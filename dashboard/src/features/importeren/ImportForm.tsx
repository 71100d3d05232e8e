// Choose a file and import it. Props only: the page checks the file and does the work.
import { useId, useRef } from 'react';
import { Button, FormField, FormFieldDescription } from '../../components/utrecht/index.ts';
import { IMPORT_ACCEPT } from '../../transforms/import.ts';

export const FILE_LABEL = 'Bestand (.csv of .xlsx)';

export interface ImportFormProps {
  /** An import is running: a second submit is ignored. */
  busy: boolean;
  /** Show "Annuleren" (while the file is read or sent). */
  cancellable: boolean;
  /** Why the chosen file cannot be sent, or null. */
  error: string | null;
  onImport: (file: File | null) => void;
  onCancel: () => void;
  /** Another file was chosen: an earlier message no longer applies. */
  onFileChange: () => void;
}

export function ImportForm({ busy, cancellable, error, onImport, onCancel, onFileChange }: ImportFormProps) {
  const id = useId();
  const ids = { input: `${id}-bestand`, hint: `${id}-hint`, error: `${id}-fout` };
  const input = useRef<HTMLInputElement>(null);
  const describedBy = error === null ? ids.hint : `${ids.error} ${ids.hint}`;

  return (
    <form
      className="app-import-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) onImport(input.current?.files?.[0] ?? null);
      }}
    >
      <FormField inputId={ids.input} label={FILE_LABEL} invalid={error !== null}>
        <FormFieldDescription id={ids.hint}>
          Een CSV-bestand (gescheiden door ; of ,) of een Excel-bestand (.xlsx, het eerste werkblad); maximaal 40 MB.
        </FormFieldDescription>
        {error !== null && (
          <FormFieldDescription id={ids.error} invalid role="alert">
            {error}
          </FormFieldDescription>
        )}
        <input
          ref={input}
          id={ids.input}
          className="app-file-input"
          type="file"
          name="bestand"
          accept={IMPORT_ACCEPT}
          aria-describedby={describedBy}
          aria-invalid={error !== null || undefined}
          onChange={onFileChange}
        />
      </FormField>
      <div className="utrecht-button-group utrecht-button-group--row app-import-form__actions">
        {/* aria-disabled, not disabled: the button keeps focus while the import runs. */}
        <Button type="submit" appearance="primary-action" aria-disabled={busy || undefined}>
          Importeren
        </Button>
        {cancellable && <Button onClick={onCancel}>Annuleren</Button>}
      </div>
    </form>
  );
}
