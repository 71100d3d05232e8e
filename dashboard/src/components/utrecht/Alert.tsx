import type { ReactNode } from 'react';
import { cx } from './classNames.ts';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export interface AlertProps {
  type?: AlertType;
  /** 'alert' interrupts a screen reader (errors); 'status' waits its turn. */
  role?: 'alert' | 'status';
  className?: string;
  children: ReactNode;
}

export function Alert({ type = 'info', role, className, children }: AlertProps) {
  return (
    <div role={role} className={cx('utrecht-alert', `utrecht-alert--${type}`, className)}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
