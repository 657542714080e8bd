import { describe, expect, it } from 'vitest';
import { newJobId } from '../../../renderer/src/api/jobId.js';

describe('newJobId', () => {
  it('makes ids the contract accepts', () => {
    const id = newJobId(1_700_000_000_000, () => 0.5);
    expect(id).toBe('import-loyw3v28-0zik0zk');
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
