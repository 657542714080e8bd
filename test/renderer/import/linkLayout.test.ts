import { describe, expect, it } from 'vitest';
import { linkLayout } from '../../../renderer/src/import/set/linkLayout.js';

describe('the link diagram layout', () => {
  it('puts each file one column after the files it points to', () => {
    const files = ['customers', 'lines', 'orders', 'products', 'payments'];
    const links = [
      { from: 'lines', to: 'orders' },
      { from: 'lines', to: 'products' },
      { from: 'orders', to: 'customers' },
      { from: 'payments', to: 'orders' },
    ];
    expect(linkLayout(files, links)).toEqual([
      { file: 'customers', column: 0, row: 0 },
      { file: 'lines', column: 2, row: 0 },
      { file: 'orders', column: 1, row: 0 },
      { file: 'products', column: 0, row: 1 },
      { file: 'payments', column: 2, row: 1 },
    ]);
  });

  it('breaks a loop of links instead of recursing forever', () => {
    const links = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ];
    expect(linkLayout(['a', 'b'], links)).toEqual([
      { file: 'a', column: 2, row: 0 },
      { file: 'b', column: 1, row: 0 },
    ]);
  });
});
