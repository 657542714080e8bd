import { describe, expect, it } from 'vitest';
import { directionOf } from '../../../renderer/src/i18n/direction.js';

describe('directionOf', () => {
  it('is right-to-left for Persian and Arabic only', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('de-CH')).toBe('ltr');
  });
});
