import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/apiError.js';
import { resetStore, useStore } from '../../../renderer/src/store/index.js';

const shown = () => useStore.getState().errors.map(({ id: _id, ...shape }) => shape);

describe('the error slice', () => {
  beforeEach(() => resetStore());

  it('shows an engine error with its code and anything else thrown as an internal error', () => {
    useStore.getState().reportError(new ApiError({ code: 'FILE_NOT_FOUND', message: 'orders.csv is gone.' }));
    useStore.getState().reportError(new Error('boom'));
    useStore.getState().reportError('plain text');
    expect(shown()).toEqual([
      { code: 'FILE_NOT_FOUND', message: 'orders.csv is gone.' },
      { code: 'INTERNAL', message: 'boom' },
      { code: 'INTERNAL', message: 'plain text' },
    ]);
  });

  it('shows the same message once (the latest last) and at most three errors', () => {
    for (const message of ['a', 'b', 'a', 'c', 'd']) useStore.getState().reportError(new Error(message));
    expect(shown().map((e) => e.message)).toEqual(['a', 'c', 'd']);
  });

  it('dismisses one error by its id', () => {
    useStore.getState().reportError(new Error('first'));
    useStore.getState().reportError(new Error('second'));
    const [first] = useStore.getState().errors;
    useStore.getState().dismissError(first?.id ?? -1);
    expect(shown()).toEqual([{ code: 'INTERNAL', message: 'second' }]);
  });
});
