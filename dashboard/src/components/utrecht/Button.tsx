import type { ComponentProps } from 'react';
import { cx } from './classNames.ts';

export type ButtonAppearance = 'primary-action' | 'secondary-action' | 'subtle';

export function Button({
  appearance = 'secondary-action',
  type = 'button',
  className,
  ...props
}: ComponentProps<'button'> & { appearance?: ButtonAppearance }) {
  return <button {...props} type={type} className={cx('utrecht-button', `utrecht-button--${appearance}`, className)} />;
}
