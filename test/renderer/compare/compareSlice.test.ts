import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';

describe('the Compare slice', () => {
  beforeEach(() => resetStore());

  it('starts with all customers chosen, keeps the keys in the order picked, forgets back to all', () => {
    expect(useStore.getState().comparedKeys).toEqual(['all']);
    useStore.getState().setComparedKeys(['all', 'rfm:Champions', 'saved:12']);
    expect(useStore.getState().comparedKeys).toEqual(['all', 'rfm:Champions', 'saved:12']);
    useStore.getState().setComparedKeys([]);
    expect(useStore.getState().comparedKeys).toEqual([]);
    useStore.getState().forgetComparedSegments();
    expect(useStore.getState().comparedKeys).toEqual(['all']);
  });
});
