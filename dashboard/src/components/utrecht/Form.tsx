// Form field parts: every control gets a real <label for>, descriptions and errors are linked by id.
import type { ComponentProps, ReactNode } from 'react';
import { cx } from './classNames.ts';

export function FormLabel({ className, ...props }: ComponentProps<'label'>) {
  return <label {...props} className={cx('utrecht-form-label', className)} />;
}

export function FormFieldDescription({
  invalid = false,
  className,
  ...props
}: ComponentProps<'div'> & { invalid?: boolean }) {
  return (
    <div
      {...props}
      className={cx('utrecht-form-field-description', invalid && 'utrecht-form-field-description--invalid', className)}
    />
  );
}

export interface FormFieldProps {
  /** id of the control inside; the label points at it. */
  inputId: string;
  label: ReactNode;
  invalid?: boolean;
  className?: string;
  children: ReactNode;
}

export function FormField({ inputId, label, invalid = false, className, children }: FormFieldProps) {
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--distanced', invalid && 'utrecht-form-field--invalid', className)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={inputId}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function Select({ invalid = false, className, ...props }: ComponentProps<'select'> & { invalid?: boolean }) {
  return (
    <select
      aria-invalid={invalid || undefined}
      {...props}
      className={cx('utrecht-select', 'utrecht-select--html-select', invalid && 'utrecht-select--invalid', className)}
    />
  );
}

export function SelectOption(props: ComponentProps<'option'>) {
  return <option {...props} />;
}
