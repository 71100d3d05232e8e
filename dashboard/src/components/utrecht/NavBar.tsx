// Navigation bar parts with the Utrecht nav-bar / nav-list classes; the current page is aria-current.
import type { ComponentProps } from 'react';
import { cx } from './classNames.ts';

export function NavBar({ className, children, ...props }: ComponentProps<'nav'>) {
  return (
    <nav {...props} className={cx('utrecht-nav-bar', className)}>
      <div className="utrecht-nav-bar__content">{children}</div>
    </nav>
  );
}

export function NavList({ className, ...props }: ComponentProps<'ul'>) {
  return <ul {...props} className={cx('utrecht-nav-list', className)} />;
}

export function NavListItem({ className, ...props }: ComponentProps<'li'>) {
  return <li {...props} className={cx('utrecht-nav-list__item', className)} />;
}

export function NavListLink({ current = false, className, ...props }: ComponentProps<'a'> & { current?: boolean }) {
  return (
    <a
      aria-current={current ? 'page' : undefined}
      {...props}
      className={cx('utrecht-link', 'utrecht-link--html-a', 'utrecht-nav-list__link', current && 'utrecht-link--current', className)}
    />
  );
}
