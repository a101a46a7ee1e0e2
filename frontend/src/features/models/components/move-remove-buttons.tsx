import { useTranslation } from 'react-i18next';

interface MoveRemoveButtonsProps {
  /** Read by screen readers after each button's text, so "Move up" says what moves. */
  title: string;
  index: number;
  count: number;
  removeLabel: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** Up, down and remove for one entry of an ordered list in the editor. */
export function MoveRemoveButtons({
  title,
  index,
  count,
  removeLabel,
  onMove,
  onRemove,
}: MoveRemoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="button" className="button" disabled={index === 0} onClick={() => onMove(-1)}>
        {t('models.editor.moveUp')}
        <span className="visually-hidden"> {title}</span>
      </button>
      <button
        type="button"
        className="button"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        {t('models.editor.moveDown')}
        <span className="visually-hidden"> {title}</span>
      </button>
      <button type="button" className="button button-danger" onClick={onRemove}>
        {removeLabel}
        <span className="visually-hidden"> {title}</span>
      </button>
    </div>
  );
}
