import { describe, expect, it } from 'vitest';
import { encodingChoices } from '../../../renderer/src/import/encodingChoices.js';

describe('encodingChoices', () => {
  it('lists the detected encoding, then candidates, then every other encoding once', () => {
    const choices = encodingChoices({
      value: 'windows-1252',
      confidence: 0.9,
      candidates: ['iso-8859-1', 'windows-1252'],
    });
    expect(choices.slice(0, 2)).toEqual([
      { value: 'windows-1252', group: 'detected' },
      { value: 'iso-8859-1', group: 'candidate' },
    ]);
    expect(choices.map((c) => c.value).sort()).toEqual(
      [
        'utf-8',
        'utf-16le',
        'utf-16be',
        'windows-1252',
        'windows-1256',
        'iso-8859-1',
        'iso-8859-2',
        'iso-8859-6',
        'iso-8859-15',
      ].sort(),
    );
  });
});
