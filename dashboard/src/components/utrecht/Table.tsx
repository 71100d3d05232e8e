// Table parts with the Utrecht table classes; semantics (scope, caption) stay plain HTML.
import type { ComponentProps } from 'react';
import { cx } from './classNames.ts';

export function Table({ className, ...props }: ComponentProps<'table'>) {
  return <table {...props} className={cx('utrecht-table', className)} />;
}

export function TableCaption({ className, ...props }: ComponentProps<'caption'>) {
  return <caption {...props} className={cx('utrecht-table__caption', className)} />;
}

export function TableHeader({ className, ...props }: ComponentProps<'thead'>) {
  return <thead {...props} className={cx('utrecht-table__header', className)} />;
}

export function TableBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody {...props} className={cx('utrecht-table__body', className)} />;
}

export function TableFooter({ className, ...props }: ComponentProps<'tfoot'>) {
  return <tfoot {...props} className={cx('utrecht-table__footer', className)} />;
}

export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return <tr {...props} className={cx('utrecht-table__row', className)} />;
}

type CellOptions = { numeric?: boolean };

export function TableHeaderCell({ numeric = false, className, ...props }: ComponentProps<'th'> & CellOptions) {
  return (
    <th
      {...props}
      className={cx(
        'utrecht-table__header-cell',
        numeric && 'utrecht-table__header-cell--numeric-column',
        className,
      )}
    />
  );
}

export function TableCell({ numeric = false, className, ...props }: ComponentProps<'td'> & CellOptions) {
  return (
    <td
      {...props}
      className={cx(
        'utrecht-table__cell',
        numeric && 'utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data',
        className,
      )}
    />
  );
}
