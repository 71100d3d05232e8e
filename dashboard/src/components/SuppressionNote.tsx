// The note under the table that says how small numbers are shown to this viewer. Props only.
import { Paragraph } from './utrecht/index.ts';

export interface SuppressionNoteProps {
  id?: string;
  /** The text from suppressionNote(); nothing is rendered for null. */
  text: string | null;
  suppressionApplied: boolean;
}

export function SuppressionNote({ id, text, suppressionApplied }: SuppressionNoteProps) {
  if (text === null) return null;
  return (
    <Paragraph
      small
      id={id}
      className="app-suppression-note"
      data-testid="outflow-suppression-note"
      data-suppression-applied={suppressionApplied ? 'true' : 'false'}
    >
      {text}
    </Paragraph>
  );
}
