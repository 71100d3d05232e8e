// A progress bar with its text; `percent` null shows a bar without a known end. Props only.
import { useId } from 'react';
import { Paragraph } from './utrecht/index.ts';

export interface UploadProgressProps {
  text: string;
  /** 0–100, or null while unknown. */
  percent: number | null;
}

export function UploadProgress({ text, percent }: UploadProgressProps) {
  const textId = useId();
  return (
    <div className="app-upload-progress">
      <Paragraph id={textId} className="app-upload-progress__text">
        {text}
      </Paragraph>
      <progress className="app-upload-progress__bar" max={100} value={percent ?? undefined} aria-labelledby={textId} />
    </div>
  );
}
