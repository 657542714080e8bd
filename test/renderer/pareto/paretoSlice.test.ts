import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';

const filters = () => {
  const { paretoSegmentId, paretoBy } = useStore.getState();
  return { paretoSegmentId, paretoBy };
};

describe('the Pareto slice', () => {
  beforeEach(() => resetStore());

  it('starts with all customers ranked, keeps the filters as set and forgets them', () => {
    expect(filters()).toEqual({ paretoSegmentId: null, paretoBy: null });
    useStore.getState().setParetoSegmentId(4);
    useStore.getState().setParetoBy('o_country');
    expect(filters()).toEqual({ paretoSegmentId: 4, paretoBy: 'o_country' });
    useStore.getState().setParetoSegmentId(null);
    expect(filters()).toEqual({ paretoSegmentId: null, paretoBy: 'o_country' });
    useStore.getState().forgetParetoFilters();
    expect(filters()).toEqual({ paretoSegmentId: null, paretoBy: null });
  });
});
