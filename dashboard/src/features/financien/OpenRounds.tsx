// Rounds in which some party has not paid yet: per round what it owes and whether it paid (in
// words, never by colour alone), with the table's CSV.
import { useId } from 'react';
import { CsvDownload } from '../../components/CsvDownload.tsx';
import { FigureTable } from '../../components/FigureTable.tsx';
import { Heading, Paragraph } from '../../components/utrecht/index.ts';
import type { Fund } from '../../lib/funding-contract.ts';
import { openRoundTable, roundSummary } from '../../transforms/fund-figures.ts';

export interface OpenRoundsProps {
  fund: Fund;
  fileName: (part: string) => string;
}

export function OpenRounds({ fund, fileName }: OpenRoundsProps) {
  const headingId = useId();
  return (
    <section className="app-figure" aria-labelledby={headingId} data-testid="fund-open-rounds">
      <Heading level={3} id={headingId}>
        Openstaande aanvullingsrondes
      </Heading>
      {fund.openRounds.length === 0 && <Paragraph>Geen openstaande rondes.</Paragraph>}
      {fund.openRounds.map((round) => {
        const table = openRoundTable(round, fund.name);
        return (
          <div key={round.id} className="app-finance-round" data-testid="fund-round" data-round-number={round.number}>
            <Paragraph>{roundSummary(round)}</Paragraph>
            {round.reason.trim() !== '' && <Paragraph small>Reden: {round.reason}</Paragraph>}
            <FigureTable table={table} testId="fund-round-table" />
            <CsvDownload table={table} fileName={fileName(`ronde-${round.number}`)} />
          </div>
        );
      })}
    </section>
  );
}
