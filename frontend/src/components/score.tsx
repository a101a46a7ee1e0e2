import './score.css';

export type MaturityLevel = 'LOW' | 'MEDIUM' | 'HIGH';

/** How much of a bar a figure on 1-5 fills, as a percentage from 0 to 100. */
function scoreBarPercent(value: number): number {
  return Math.min(100, Math.max(0, ((value - 1) / 4) * 100));
}

/**
 * A figure on 1-5 as text, with a bar beside it for the eye. The bar is hidden from screen readers, which read the
 * text; `text` is the figure already formatted in the reader's language.
 */
export function Score({ value, text }: { value: number | null | undefined; text: string }) {
  if (value == null) return <>—</>;
  return (
    <span className="score">
      <span className="score-value">{text}</span>
      <span className="score-bar" aria-hidden="true">
        <span className="score-bar-fill" style={{ width: `${scoreBarPercent(value)}%` }} />
      </span>
    </span>
  );
}

/** A maturity level named in text; the colour only repeats it. */
export function LevelBadge({
  level,
  label,
}: {
  level: MaturityLevel | null | undefined;
  label: string;
}) {
  if (!level) return <>—</>;
  return <span className={`badge level-${level.toLowerCase()}`}>{label}</span>;
}
