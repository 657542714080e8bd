/**
 * Workshop mode: the five steps the workshop teaches, beside the views. Each step says why in a
 * sentence, what to do (a button takes the participant to the view), and whether it is done — from the
 * project itself (data imported, segments saved, plans written) and, where no data can tell, the
 * participant's own tick. Progress is kept in the project; the facilitator's reset clears the ticks.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopStepState } from '../../../shared/contract/workshop.js';
import { formatInteger } from '../format.js';
import { ConfirmBox } from '../shell/ConfirmBox.js';
import type { ViewName } from '../shell/viewSlice.js';
import { useStore } from '../store/index.js';

/** Where each step's work is done. */
const STEP_VIEW: Record<WorkshopStepState['step'], ViewName> = {
  collect: 'data',
  criteria: 'segments',
  attractive: 'compare',
  strategy: 'segments',
  changes: 'changes',
};

export function WorkshopGuide(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const open = useStore((s) => s.workshopOpen);
  const state = useStore((s) => s.workshop);
  const project = useStore((s) => s.project);
  const segments = useStore((s) => s.segments);
  const refresh = useStore((s) => s.refreshWorkshop);
  const mark = useStore((s) => s.markWorkshopStep);
  const reset = useStore((s) => s.resetWorkshop);
  const setView = useStore((s) => s.setView);
  const toggle = useStore((s) => s.toggleWorkshop);
  const [confirming, setConfirming] = useState(false);

  // What the steps read changes with the project (an import) and the saved segments (and their plans).
  // biome-ignore lint/correctness/useExhaustiveDependencies: segments is the trigger to ask again, not an input
  useEffect(() => {
    if (open && project) void refresh();
  }, [open, project, segments, refresh]);

  if (!open || !project) return null;
  const lang = i18n.language;
  return (
    <aside className="workshop" aria-labelledby="workshop-title" data-testid="workshop-guide">
      <div className="workshop-head">
        <h2 id="workshop-title" className="section-title">
          {t('workshop.title')}
        </h2>
        <button type="button" className="btn btn-quiet" onClick={toggle} aria-label={t('workshop.close')}>
          ×
        </button>
      </div>
      {state && (
        <>
          <p className="muted" data-testid="workshop-progress">
            {t('workshop.progress', { done: formatInteger(state.completed, lang), total: formatInteger(5, lang) })}
          </p>
          <progress className="workshop-bar" max={5} value={state.completed} aria-label={t('workshop.title')} />
          <ol className="workshop-steps">
            {state.steps.map((s, i) => (
              <li
                key={s.step}
                className={`workshop-step${s.done ? ' is-done' : ''}`}
                data-testid={`workshop-step-${s.step}`}
                data-done={s.done}
              >
                <h3 className="workshop-step-title">
                  <span aria-hidden="true">{s.done ? '✓' : formatInteger(i + 1, lang)}</span>{' '}
                  {t(`workshop.steps.${s.step}.title`)}
                </h3>
                <p>{t(`workshop.steps.${s.step}.why`)}</p>
                <p className="workshop-todo">{t(`workshop.steps.${s.step}.todo`)}</p>
                <p className="muted" data-testid={`workshop-check-${s.step}`}>
                  {t(`workshop.steps.${s.step}.check`, {
                    count: s.evidence.count,
                    n: formatInteger(s.evidence.count, lang),
                    needed: formatInteger(s.evidence.needed, lang),
                  })}
                </p>
                <div className="workshop-actions">
                  <button type="button" className="btn" onClick={() => setView(STEP_VIEW[s.step])}>
                    {t('workshop.go')}
                  </button>
                  {s.needsMark && (
                    <label className="workshop-mark">
                      <input
                        type="checkbox"
                        checked={s.marked}
                        data-testid={`workshop-mark-${s.step}`}
                        onChange={(e) => void mark(s.step, e.currentTarget.checked)}
                      />{' '}
                      {t('workshop.mark')}
                    </label>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {confirming ? (
            <ConfirmBox
              title={t('workshop.resetTitle')}
              testId="workshop-reset-confirm"
              actions={[
                { label: t('common.cancel'), onClick: () => setConfirming(false) },
                {
                  label: t('workshop.reset'),
                  tone: 'danger',
                  testId: 'workshop-reset-yes',
                  onClick: () => {
                    setConfirming(false);
                    void reset();
                  },
                },
              ]}
            >
              {t('workshop.resetText')}
            </ConfirmBox>
          ) : (
            <button
              type="button"
              className="btn btn-link"
              onClick={() => setConfirming(true)}
              data-testid="workshop-reset"
            >
              {t('workshop.reset')}
            </button>
          )}
        </>
      )}
    </aside>
  );
}
