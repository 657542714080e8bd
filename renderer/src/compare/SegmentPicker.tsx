/** Checkboxes for "All customers", the saved segments and the RFM segments. */

import { useTranslation } from 'react-i18next';
import { rfmSegmentLabel } from '../rfm/segmentLabel.js';
import type { Choice } from './choices.js';

interface Props {
  choices: Choice[];
  chosen: ReadonlySet<string>;
  onToggle(key: string): void;
}

const GROUPS: ReadonlyArray<Choice['kind']> = ['all', 'saved', 'rfm'];

export function SegmentPicker({ choices, chosen, onToggle }: Props): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <fieldset className="compare-picker" data-testid="compare-picker">
      <legend className="section-title">{t('compare.pick')}</legend>
      {GROUPS.map((kind) => {
        const group = choices.filter((c) => c.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="compare-picker-group">
            {kind !== 'all' && <span className="compare-picker-head">{t(`compare.${kind}`)}</span>}
            {group.map((choice) => (
              <label key={choice.key} className="compare-choice">
                <input
                  type="checkbox"
                  checked={chosen.has(choice.key)}
                  data-testid={`compare-choice-${choice.key}`}
                  onChange={() => onToggle(choice.key)}
                />
                <span>
                  {choice.kind === 'all'
                    ? t('compare.all')
                    : choice.kind === 'rfm'
                      ? rfmSegmentLabel(choice.name, t)
                      : choice.name}
                </span>
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
