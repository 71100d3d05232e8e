// The evaluations made for a covenant, newest period first, each linking to its detail. Props only.
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../components/utrecht/index.ts';
import type { EvaluationSummary } from '../../lib/evaluation-contract.ts';
import { evaluationTitle, formatTimestamp, sortEvaluations } from '../../transforms/evaluations.ts';
import { PageLink, StateBadge } from './parts.tsx';

export interface EvaluationListProps {
  caption: string;
  evaluations: readonly EvaluationSummary[];
  subRegionName: (id: string | null) => string;
  hrefForEvaluation: (id: string) => string;
  onOpenEvaluation: (id: string) => void;
}

export function EvaluationList({ caption, evaluations, subRegionName, hrefForEvaluation, onOpenEvaluation }: EvaluationListProps) {
  if (evaluations.length === 0) return <Paragraph>Er zijn nog geen evaluaties gemaakt. Maak er een vanuit de kalender hierboven.</Paragraph>;
  return (
    <div className="utrecht-table__container app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table data-testid="evaluation-list">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Evaluatie</TableHeaderCell>
            <TableHeaderCell scope="col">Deelregio</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Cijfers vastgelegd op</TableHeaderCell>
            <TableHeaderCell scope="col">Vastgesteld op</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sortEvaluations(evaluations).map((e) => (
            <TableRow key={e.id} data-row={e.id}>
              <TableHeaderCell scope="row">
                <PageLink href={hrefForEvaluation(e.id)} onNavigate={() => onOpenEvaluation(e.id)}>
                  {evaluationTitle(e)}
                </PageLink>
              </TableHeaderCell>
              <TableCell>{subRegionName(e.subRegionId)}</TableCell>
              <TableCell>
                <StateBadge state={e.status} />
              </TableCell>
              <TableCell>{formatTimestamp(e.frozenAt)}</TableCell>
              <TableCell>{e.adoptedAt === null ? '–' : formatTimestamp(e.adoptedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
