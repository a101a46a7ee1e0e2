import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';

interface KeyAndWeightFieldsProps {
  id: string;
  keyValue: string;
  weight: string;
  weightLabel: string;
  keyError?: string | null;
  weightError?: string | null;
  onChange: (change: { key?: string; weight?: string }) => void;
}

/** The stable key and the weight that dimensions and statements both have. */
export function KeyAndWeightFields({
  id,
  keyValue,
  weight,
  weightLabel,
  keyError,
  weightError,
  onChange,
}: KeyAndWeightFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField id={`${id}-key`} label={t('models.editor.key')} error={keyError}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={keyValue}
            onChange={(e) => onChange({ key: e.target.value })}
          />
        )}
      </FormField>
      <FormField id={`${id}-weight`} label={weightLabel} error={weightError}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="decimal"
            min={0.01}
            max={100}
            step={0.01}
            value={weight}
            onChange={(e) => onChange({ weight: e.target.value })}
          />
        )}
      </FormField>
    </>
  );
}
