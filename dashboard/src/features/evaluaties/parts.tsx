// Small parts of the evaluations page: the state badge, form controls with the Utrecht classes the
// local component set lacks, and a link that moves within the page. Props only.
import type { ComponentProps, MouseEvent } from 'react';
import { cx } from '../../components/utrecht/classNames.ts';
import { TableCaption, TableHeader, TableHeaderCell, TableRow } from '../../components/utrecht/index.ts';
import type { EvaluationMomentState, EvaluationStatus } from '../../lib/evaluation-contract.ts';
import { stateBadge } from '../../transforms/evaluations.ts';
import { isPlainLeftClick } from '../../transforms/navigation.ts';

/** The state as a word in a coloured box: the word carries the meaning, the colour helps to scan. */
export function StateBadge({ state, ...props }: { state: EvaluationMomentState | EvaluationStatus } & ComponentProps<'span'>) {
  const badge = stateBadge(state);
  return (
    <span {...props} className={cx('app-state-badge', `app-state-badge--${badge.tone}`, props.className)}>
      {badge.label}
    </span>
  );
}

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea {...props} className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', className)} />;
}

export function Textbox({ className, ...props }: ComponentProps<'input'>) {
  return <input {...props} className={cx('utrecht-textbox', 'utrecht-textbox--html-input', className)} />;
}

export function Checkbox({ className, ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  return <input {...props} type="checkbox" className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-checkbox--custom', className)} />;
}

/** A real link (new tab and bookmarks work); a plain click stays in the page through `onNavigate`. */
export function PageLink({ onNavigate, className, ...props }: ComponentProps<'a'> & { onNavigate: () => void }) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    onNavigate();
  };
  return <a {...props} onClick={handleClick} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />;
}

/** Caption and column heads of the agreed actions, the same on the page and in the printed report. */
export function ActionsTableHead() {
  return (
    <>
      <TableCaption>Afgesproken acties, op datum</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Actie</TableHeaderCell>
          <TableHeaderCell scope="col">Eigenaar</TableHeaderCell>
          <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
          <TableHeaderCell scope="col">Gedaan</TableHeaderCell>
        </TableRow>
      </TableHeader>
    </>
  );
}
