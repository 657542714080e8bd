import { describe, expect, it } from 'vitest';
import { CUSTOMER_HEADER, generateCustomers } from '../../electron/core/demo/customers.js';
import { countries } from '../../electron/core/demo/geo.js';

const rows = [...generateCustomers({ customers: 2000, seed: 1 })];
const col = (name: (typeof CUSTOMER_HEADER)[number]) => CUSTOMER_HEADER.indexOf(name);
const values = (name: (typeof CUSTOMER_HEADER)[number]) => rows.map((row) => row[col(name)] ?? '');
const share = (name: (typeof CUSTOMER_HEADER)[number], test: (value: string) => boolean) =>
  values(name).filter(test).length / rows.length;

describe('demo customers', () => {
  it('has the agreed header', () => {
    expect(CUSTOMER_HEADER.join(',')).toBe(
      'customer_id,first_name,last_name,email,phone,age,gender,income,education,household_size,country,city,region,' +
        'interests,lifestyle,device,traffic_source,satisfaction,signup_date,customer_type,industry,company_size',
    );
  });

  it('numbers customers C000001.. in order, one field per column', () => {
    expect(rows).toHaveLength(2000);
    expect(rows[0]?.[0]).toBe('C000001');
    expect(rows[1999]?.[0]).toBe('C002000');
    for (const row of rows) expect(row).toHaveLength(CUSTOMER_HEADER.length);
  });

  it('gives demographic attributes in range', () => {
    const ages = values('age').map(Number);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(18);
    expect(Math.max(...ages)).toBeLessThanOrEqual(80);
    expect(new Set(values('gender'))).toEqual(new Set(['female', 'male', 'other', '']));
    expect(new Set(values('education'))).toEqual(
      new Set(['secondary', 'vocational', 'bachelor', 'master', 'doctorate']),
    );
    expect(new Set(values('household_size'))).toEqual(new Set(['1', '2', '3', '4', '5', '6']));
    const incomes = values('income').filter((v) => v !== '');
    for (const income of incomes) expect(income).toMatch(/^\d+$/);
    expect(1 - incomes.length / rows.length).toBeGreaterThan(0.02); // some never said
  });

  it('puts every customer in one of the 8 countries, in a city and region of that country', () => {
    expect(new Set(values('country'))).toEqual(
      new Set([
        'United Kingdom',
        'Germany',
        'France',
        'Netherlands',
        'Spain',
        'Iran',
        'United Arab Emirates',
        'United States',
      ]),
    );
    for (const row of rows) {
      const country = countries.items.find((c) => c.name === row[col('country')]);
      const city = country?.cities.items.find((c) => c.city === row[col('city')]);
      expect(city?.region).toBe(row[col('region')]);
    }
    const munich = rows.find((row) => row[col('city')] === 'München');
    expect([munich?.[col('country')], munich?.[col('region')]]).toEqual(['Germany', 'Bayern']);
  });

  it('gives psychographic, technographic, source and satisfaction attributes', () => {
    for (const interests of values('interests')) expect(interests).toMatch(/^[a-z_]+(;[a-z_]+){0,2}$/);
    expect(share('interests', (v) => v.includes(';'))).toBeGreaterThan(0.3);
    expect(new Set(values('lifestyle')).size).toBe(8);
    expect(new Set(values('device'))).toEqual(new Set(['mobile', 'desktop', 'tablet']));
    expect(new Set(values('traffic_source'))).toEqual(
      new Set(['organic', 'paid_search', 'social', 'email', 'referral', 'direct']),
    );
    expect(new Set(values('satisfaction'))).toEqual(new Set(['1', '2', '3', '4', '5', '']));
    const noSurvey = share('satisfaction', (v) => v === '');
    expect(noSurvey).toBeGreaterThan(0.08);
    expect(noSurvey).toBeLessThan(0.16);
  });

  it('signs customers up in id order, up to the end of the order window', () => {
    const dates = values('signup_date');
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...dates].sort()).toEqual(dates);
    expect((dates[0] ?? '') < '2024-07-01').toBe(true);
    expect((dates[dates.length - 1] ?? '9') <= '2026-06-30').toBe(true);
  });

  it('has ~15% B2B customers, and only they have an industry and company size', () => {
    const b2b = share('customer_type', (v) => v === 'B2B');
    expect(b2b).toBeGreaterThan(0.12);
    expect(b2b).toBeLessThan(0.18);
    for (const row of rows) {
      const business = row[col('customer_type')] === 'B2B';
      expect(row[col('customer_type')]).toMatch(/^B2[BC]$/);
      expect(row[col('industry')] !== '').toBe(business);
      expect(row[col('company_size')] !== '').toBe(business);
    }
    expect(new Set(values('company_size'))).toEqual(new Set(['', '1-9', '10-49', '50-249', '250-999', '1000+']));
  });

  it('leaves some emails and phones empty, and the rest well formed and unique', () => {
    const noEmail = share('email', (v) => v === '');
    const noPhone = share('phone', (v) => v === '');
    expect(noEmail).toBeGreaterThan(0.04);
    expect(noEmail).toBeLessThan(0.08);
    expect(noPhone).toBeGreaterThan(0.07);
    expect(noPhone).toBeLessThan(0.11);
    const emails = values('email').filter((v) => v !== '');
    for (const email of emails) expect(email).toMatch(/^[a-z0-9._]+@([a-z0-9-]+\.)?example\.(com|net|org)$/);
    expect(new Set(emails).size).toBe(emails.length);
    for (const phone of values('phone').filter((v) => v !== '')) expect(phone).toMatch(/^\+\d{1,3} \d{3} \d{7}$/);
  });

  it('is the same for a seed and changes with the seed', () => {
    const again = [...generateCustomers({ customers: 2000, seed: 1 })];
    expect(again).toEqual(rows);
    const other = [...generateCustomers({ customers: 2000, seed: 2 })];
    expect(other[0]).not.toEqual(rows[0]);
  });
});
