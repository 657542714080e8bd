import { beforeEach, describe, expect, it } from 'vitest';
import { isViewName } from '../../../renderer/src/shell/viewSlice.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';

describe('the view slice', () => {
  beforeEach(() => resetStore());

  it('starts on the Data view with no project dialog', () => {
    const { view, projectDialog } = useStore.getState();
    expect({ view, projectDialog }).toEqual({ view: 'data', projectDialog: null });
  });

  it('switches views and opens and closes the project dialogs', () => {
    useStore.getState().setView('pareto');
    useStore.getState().setProjectDialog('open');
    expect(useStore.getState().view).toBe('pareto');
    expect(useStore.getState().projectDialog).toBe('open');
    useStore.getState().setProjectDialog(null);
    expect(useStore.getState().projectDialog).toBeNull();
  });

  it('knows the names of its views', () => {
    expect(['data', 'segments', 'rfm', 'compare', 'pareto', 'start', 7, null].map(isViewName)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
