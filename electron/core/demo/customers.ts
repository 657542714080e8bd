/** Rows of the demo shop's customers.csv, one customer at a time (nothing is held in memory). */
import { isoDay } from './calendar.js';
import { customerContact } from './contact.js';
import { type DemoOptions, resolveDemoSize } from './options.js';
import { COMPANY_SIZES, customerTraits } from './traits.js';

export const CUSTOMER_HEADER = [
  'customer_id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'age',
  'gender',
  'income',
  'education',
  'household_size',
  'country',
  'city',
  'region',
  'interests',
  'lifestyle',
  'device',
  'traffic_source',
  'satisfaction',
  'signup_date',
  'customer_type',
  'industry',
  'company_size',
] as const;

/** 'C000123' for index 122: customer numbers start at 1. */
export function customerId(index: number): string {
  return `C${String(index + 1).padStart(6, '0')}`;
}

/** Yields the customers.csv rows (without the header), in customer id order. */
export function* generateCustomers(options: DemoOptions = {}): Generator<string[], void, undefined> {
  const { customers, seed } = resolveDemoSize(options);
  for (let i = 0; i < customers; i++) {
    const traits = customerTraits(seed, i, customers);
    const contact = customerContact(seed, traits);
    const business = traits.type === 'B2B';
    yield [
      customerId(i),
      contact.firstName,
      contact.lastName,
      contact.email,
      contact.phone,
      String(traits.age),
      traits.gender,
      traits.income === null ? '' : String(traits.income),
      traits.education,
      String(traits.householdSize),
      traits.country.name,
      traits.city.city,
      traits.city.region,
      traits.interests.join(';'),
      traits.lifestyle,
      traits.device,
      traits.trafficSource,
      traits.satisfaction === null ? '' : String(traits.satisfaction),
      isoDay(traits.signupDay),
      traits.type,
      business ? (traits.industry ?? '') : '',
      business ? (COMPANY_SIZES[traits.companySize] ?? '') : '',
    ];
  }
}
