// A target's status as a badge: the word, an icon whose shape differs per status, and a colour —
// never the colour alone (WCAG 1.4.1). Styled here, so every page that shows a status looks the same.
import type { CSSProperties } from 'react';
import type { StatusTone } from '../transforms/targets.ts';

export interface StatusBadgeProps {
  tone: StatusTone;
  /** The word shown: 'op koers', 'achter', 'boven', 'onbekend'. */
  word: string;
  /** Shown after the word, e.g. 'voorlopig' while the period has just begun. */
  qualifier?: string;
}

/** Dark text on a light tint: every pair has well over 4.5:1 contrast; the border over 3:1 against white. */
const TONES: Record<StatusTone, { color: string; background: string }> = {
  'op-koers': { color: '#0b5a40', background: '#e3f2ea' },
  achter: { color: '#a30000', background: '#fde8e8' },
  boven: { color: '#7a4500', background: '#fff0d6' },
  onbekend: { color: '#4d4d4d', background: '#eeeeee' },
};

const BADGE: CSSProperties = {
  alignItems: 'center',
  borderRadius: '1rem',
  borderStyle: 'solid',
  borderWidth: 2,
  display: 'inline-flex',
  fontWeight: 'bold',
  gap: '0.4em',
  lineHeight: 1.2,
  padding: '0.2em 0.7em 0.2em 0.45em',
  whiteSpace: 'nowrap',
};

/** Check in a circle, triangle down, triangle up, question mark in a square. */
function StatusIcon({ tone }: { tone: StatusTone }) {
  const common = { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': true, focusable: false } as const;
  switch (tone) {
    case 'op-koers':
      return (
        <svg {...common}>
          <circle cx="9" cy="9" r="8" fill="currentColor" />
          <path d="M5 9.5l2.6 2.6L13 6.5" fill="none" stroke="#ffffff" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'achter':
      return (
        <svg {...common}>
          <path d="M1.5 3h15L9 16z" fill="currentColor" />
        </svg>
      );
    case 'boven':
      return (
        <svg {...common}>
          <path d="M1.5 15h15L9 2z" fill="currentColor" />
        </svg>
      );
    case 'onbekend':
      return (
        <svg {...common}>
          <rect x="1" y="1" width="16" height="16" rx="2" fill="currentColor" />
          <text x="9" y="13.5" textAnchor="middle" fontSize="12" fontWeight="bold" fill="#ffffff">
            ?
          </text>
        </svg>
      );
  }
}

export function StatusBadge({ tone, word, qualifier }: StatusBadgeProps) {
  const colours = TONES[tone];
  return (
    <span className={`app-status app-status--${tone}`} data-testid="target-status" style={{ ...BADGE, ...colours, borderColor: colours.color }}>
      <StatusIcon tone={tone} />
      <span data-testid="target-status-word">{word}</span>
      {qualifier !== undefined && <span style={{ fontWeight: 'normal' }}>({qualifier})</span>}
    </span>
  );
}
