import type { ComponentProps } from 'react';
import { cx } from './classNames.ts';

export function Link({ className, ...props }: ComponentProps<'a'>) {
  return <a {...props} className={cx('utrecht-link', 'utrecht-link--html-a', className)} />;
}
