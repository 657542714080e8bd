/** isErrorShape: what a client may be handed as an error, told apart from anything else thrown. */
import { describe, expect, it } from 'vitest';
import { isErrorShape, toErrorShape } from '../../shared/errors.js';

describe('isErrorShape', () => {
  it('accepts a known code with a message, and nothing else', () => {
    expect(isErrorShape({ code: 'IMPORT_FAILED', message: 'x' })).toBe(true);
    expect(isErrorShape({ code: 'INTERNAL', message: '', details: { line: 3 } })).toBe(true);
    expect(isErrorShape({ code: 'NOT_A_CODE', message: 'x' })).toBe(false);
    expect(isErrorShape({ code: 'import_failed', message: 'x' })).toBe(false);
    expect(isErrorShape({ code: 7, message: 'x' })).toBe(false);
    expect(isErrorShape({ code: 'IMPORT_FAILED' })).toBe(false);
    expect(isErrorShape({ code: 'toString', message: 'x' })).toBe(false);
    expect(isErrorShape(null)).toBe(false);
    expect(isErrorShape('IMPORT_FAILED')).toBe(false);
  });

  it('lets toErrorShape pass a shape through and turn an unknown code into INTERNAL', () => {
    expect(toErrorShape({ code: 'CANCELLED', message: 'stopped' })).toEqual({ code: 'CANCELLED', message: 'stopped' });
    expect(toErrorShape(Object.assign(new Error('boom'), { code: 'EWHAT' }))).toEqual({
      code: 'INTERNAL',
      message: 'boom',
    });
  });
});
