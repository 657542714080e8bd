import { describe, expect, it } from 'vitest';
import { dateOrderVote, detectDateOrder } from '../../electron/core/import/values/dateOrder.js';

describe('dateOrderVote', () => {
  it.each([
    ['20/12/2010 16:11', 'dmy'],
    ['13-01-2012', 'dmy'],
    ['31.12.99', 'dmy'],
    ['12/20/2023', 'mdy'],
    ['1/13/2010 8:26 AM', 'mdy'],
    ['2010-12-01', 'ymd'],
    ['2010/12/20', 'ymd'],
    ['۲۰/۱۲/۲۰۱۰', 'dmy'],
  ] as const)('%j proves %s', (sample, order) => {
    expect(dateOrderVote(sample)).toBe(order);
  });

  it.each(['01/12/2010 08:26', '12/12/2012', '32/01/2010', '13/13/2010', 'abc', '2.55', ''])(
    '%j proves nothing',
    (sample) => {
      expect(dateOrderVote(sample)).toBeNull();
    },
  );
});

describe('detectDateOrder', () => {
  it('decides from the value that proves the order, and shows it', () => {
    expect(detectDateOrder(['01/12/2010 08:26', '05/12/2010 09:00', '20/12/2010 16:11', '21/12/2010 10:00'])).toEqual({
      value: 'dmy',
      basis: 'data',
      evidence: '20/12/2010 16:11',
    });
    expect(detectDateOrder(['12/01/2023', '12/20/2023'])).toEqual({
      value: 'mdy',
      basis: 'data',
      evidence: '12/20/2023',
    });
  });

  it('is ambiguous (and day-first) when no value decides', () => {
    expect(detectDateOrder(['01/12/2010 08:26', '02/12/2010', '12/12/2012'])).toEqual({
      value: 'dmy',
      basis: 'ambiguous',
      evidence: null,
    });
  });

  it('says none when there are no dates', () => {
    expect(detectDateOrder([])).toEqual({ value: 'dmy', basis: 'none', evidence: null });
    expect(detectDateOrder(['abc', '2.55', ''])).toEqual({ value: 'dmy', basis: 'none', evidence: null });
  });

  it('takes the majority on contradicting evidence, still from data', () => {
    expect(detectDateOrder(['13/01/2010', '01/14/2010', '01/15/2010'])).toEqual({
      value: 'mdy',
      basis: 'data',
      evidence: '01/14/2010',
    });
    expect(detectDateOrder(['13/01/2010', '01/14/2010'])).toEqual({
      value: 'dmy',
      basis: 'data',
      evidence: '13/01/2010',
    });
  });

  it('lets ISO dates decide only when nothing else votes', () => {
    expect(detectDateOrder(['2017-10-02 10:56:33', '2018-07-24'])).toEqual({
      value: 'ymd',
      basis: 'data',
      evidence: '2017-10-02 10:56:33',
    });
    expect(detectDateOrder(['2017-10-02', '2017-10-03', '12/20/2023'])).toEqual({
      value: 'mdy',
      basis: 'data',
      evidence: '12/20/2023',
    });
  });
});
