// Page landmarks with the NL Design System (Utrecht) page classes.
import type { ComponentProps } from 'react';
import { cx } from './classNames.ts';

export function PageLayout({ className, ...props }: ComponentProps<'div'>) {
  return <div {...props} className={cx('utrecht-page-layout', className)} />;
}

export function SkipLink({ className, ...props }: ComponentProps<'a'>) {
  return <a {...props} className={cx('utrecht-skip-link', 'utrecht-skip-link--visible-on-focus', className)} />;
}

export function PageHeader({ className, children, ...props }: ComponentProps<'header'>) {
  return (
    <header {...props} className={cx('utrecht-page-header', className)}>
      <div className="utrecht-page-header__content">{children}</div>
    </header>
  );
}

/** The main landmark; focusable (-1) so the skip link moves focus into it. */
export function PageBody({ className, children, ...props }: ComponentProps<'main'>) {
  return (
    <main tabIndex={-1} {...props} className={cx('utrecht-page-body', className)}>
      <div className="utrecht-page-body__content">{children}</div>
    </main>
  );
}

export function PageFooter({ className, children, ...props }: ComponentProps<'footer'>) {
  return (
    <footer {...props} className={cx('utrecht-page-footer', className)}>
      <div className="utrecht-page-footer__content">{children}</div>
    </footer>
  );
}
