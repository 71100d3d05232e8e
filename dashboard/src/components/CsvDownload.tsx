// A link that downloads a table as CSV, built in the browser from exactly what the table shows.
import { useEffect, useState } from 'react';
import { toCsv, type FigureTableModel } from '../transforms/figure-table.ts';

export interface CsvDownloadProps {
  table: FigureTableModel;
  fileName: string;
}

export function CsvDownload({ table, fileName }: CsvDownloadProps) {
  const csv = toCsv(table);
  const [href, setHref] = useState<string | undefined>(undefined);
  // Keyed on the text (the table object is new on every render); made and revoked in one effect,
  // so React's development double-run of effects cannot leave a revoked link behind.
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [csv]);
  if (href === undefined) return null;
  return (
    <a className="utrecht-button utrecht-button--secondary-action app-csv-link" href={href} download={fileName}>
      Download CSV<span className="app-visually-hidden">: {table.caption}</span>
    </a>
  );
}
