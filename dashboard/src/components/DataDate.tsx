// "Gegevens t/m …": how current the figures beside it are — the last day anything was recorded for
// the covenant. Every page with figures shows it. Props only.
import { formatDate } from '../transforms/monitor.ts';
import { Paragraph } from './utrecht/index.ts';

export interface DataDateProps {
  /** null: nothing recorded yet (or an evaluation frozen before the data date existed). */
  date: string | null;
  /** What the date is for, when a page shows several: 'Walcheren'. */
  of?: string;
}

export function dataDateText(date: string | null, of?: string): string {
  const subject = of === undefined ? 'Gegevens' : `Gegevens ${of}`;
  return date === null ? `${subject}: nog niets vastgelegd.` : `${subject} t/m ${formatDate(date)}.`;
}

export function DataDate({ date, of }: DataDateProps) {
  return (
    <Paragraph className="app-data-date" data-testid="data-date" data-date={date ?? undefined}>
      {dataDateText(date, of)}
    </Paragraph>
  );
}
