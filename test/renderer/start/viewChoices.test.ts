import { beforeEach, describe, expect, it } from 'vitest';
import { INITIAL_RFM_FORM } from '../../../renderer/src/rfm/rfmSlice.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';
import { projectInfo as project } from '../storeHarness.js';

/** Picks something in every view. */
function pickEverything(): void {
  const s = useStore.getState();
  s.setRfmForm({ ...INITIAL_RFM_FORM, bins: 3, scheme: 'custom' });
  s.setRfmCustomRows([{ name: 'Best', r: [4, 5], f: [4, 5], m: [4, 5] }]);
  s.setComparedKeys(['all', 'saved:3']);
  s.setParetoSegmentId(3);
  s.setParetoBy('country');
}

const picked = {
  rfmForm: { ...INITIAL_RFM_FORM, bins: 3, scheme: 'custom' },
  rfmCustomRows: [{ name: 'Best', r: [4, 5], f: [4, 5], m: [4, 5] }],
  comparedKeys: ['all', 'saved:3'],
  paretoSegmentId: 3,
  paretoBy: 'country',
};

const initial = {
  rfmForm: INITIAL_RFM_FORM,
  rfmCustomRows: [],
  comparedKeys: ['all'],
  paretoSegmentId: null,
  paretoBy: null,
};

function viewChoices() {
  const { rfmForm, rfmCustomRows, comparedKeys, paretoSegmentId, paretoBy } = useStore.getState();
  return { rfmForm, rfmCustomRows, comparedKeys, paretoSegmentId, paretoBy };
}

describe('view choices', () => {
  beforeEach(() => resetStore());

  it('keeps what was picked in each view while the user switches views and the project gets new data', () => {
    useStore.getState().projectChanged(project('/p/a.segwb'));
    pickEverything();
    useStore.getState().setView('pareto');
    useStore.getState().setView('rfm');
    useStore.getState().projectChanged(project('/p/a.segwb', '2024-05-01'));
    expect(viewChoices()).toEqual(picked);
  });

  it('forgets them all when another project opens', () => {
    useStore.getState().projectChanged(project('/p/a.segwb'));
    pickEverything();
    useStore.getState().projectChanged(project('/p/b.segwb'));
    expect(viewChoices()).toEqual(initial);
  });

  it('forgets them all when the project closes', () => {
    useStore.getState().projectChanged(project('/p/a.segwb'));
    pickEverything();
    useStore.getState().projectChanged(null);
    expect(viewChoices()).toEqual(initial);
  });
});
