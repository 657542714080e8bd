import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, NAME_COUNTER_FROM, nameLength } from '../../../renderer/src/shell/nameLength.js';
import { MAX_NAME_LENGTH as engineLimit } from '../../../shared/contract/common.js';

describe('nameLength', () => {
  it('is measured against the contract’s one limit', () => {
    expect(MAX_NAME_LENGTH).toBe(engineLimit);
    expect(MAX_NAME_LENGTH).toBe(200);
    expect(NAME_COUNTER_FROM).toBe(150);
  });

  it('counts the name as it is saved (trimmed), shows the counter from 150 and is too long over 200', () => {
    expect(nameLength('  Loyal  ')).toEqual({ length: 5, tooLong: false, showCounter: false });
    expect(nameLength('a'.repeat(149))).toEqual({ length: 149, tooLong: false, showCounter: false });
    expect(nameLength('a'.repeat(150))).toEqual({ length: 150, tooLong: false, showCounter: true });
    expect(nameLength(`${'a'.repeat(200)}  `)).toEqual({ length: 200, tooLong: false, showCounter: true });
    expect(nameLength(`${'م'.repeat(200)} پایان`)).toEqual({ length: 206, tooLong: true, showCounter: true });
  });
});
