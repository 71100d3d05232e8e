import type { ComponentProps } from 'react';
import { cx } from './classNames.ts';

type HeadingLevel = 1 | 2 | 3;
const HEADING_TAGS = { 1: 'h1', 2: 'h2', 3: 'h3' } as const;

export function Heading({ level, className, ...props }: ComponentProps<'h1'> & { level: HeadingLevel }) {
  const Tag = HEADING_TAGS[level];
  return <Tag {...props} className={cx(`utrecht-heading-${level}`, className)} />;
}

export function Paragraph({
  lead = false,
  small = false,
  className,
  ...props
}: ComponentProps<'p'> & { lead?: boolean; small?: boolean }) {
  return (
    <p
      {...props}
      className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead', small && 'utrecht-paragraph--small', className)}
    />
  );
}
