/**
 * A demo customer's attributes for every segmentation base (demographic, geographic, psychographic,
 * technographic, traffic source, satisfaction, firmographic), drawn from the customer's own random
 * stream so that customer i is the same whether customers.csv or orders.csv is being written.
 * The attributes are correlated the way real ones are (income with age, education and country;
 * device with age; lifestyle with income and household), so segments differ in meaningful ways.
 */

import { signupDay } from './calendar.js';
import { type City, type Country, countries } from './geo.js';
import { Rng } from './random.js';

const INTERESTS = [
  'fashion',
  'sports',
  'fitness',
  'outdoors',
  'technology',
  'gaming',
  'cooking',
  'home_decor',
  'gardening',
  'beauty',
  'wellness',
  'books',
  'music',
  'travel',
  'pets',
  'parenting',
] as const;
export type Interest = (typeof INTERESTS)[number];

const INDUSTRIES = [
  'retail',
  'hospitality',
  'healthcare',
  'education',
  'manufacturing',
  'construction',
  'technology',
  'professional_services',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export type Gender = 'female' | 'male' | 'other' | '';
type CustomerType = 'B2C' | 'B2B';

export interface CustomerTraits {
  readonly index: number;
  readonly type: CustomerType;
  readonly country: Country;
  readonly city: City;
  readonly gender: Gender;
  readonly age: number;
  readonly education: string;
  /** Yearly income; null where the customer did not say. */
  readonly income: number | null;
  readonly householdSize: number;
  readonly interests: readonly Interest[];
  readonly lifestyle: Lifestyle;
  readonly device: string;
  readonly trafficSource: string;
  /** 1-5; null where the customer never answered the survey. */
  readonly satisfaction: number | null;
  /** Day offset from the start of the order window; negative for customers who signed up earlier. */
  readonly signupDay: number;
  readonly industry: Industry | null;
  /** Index into COMPANY_SIZES for B2B customers, else -1. */
  readonly companySize: number;
}

export const COMPANY_SIZES = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
const companySizeWeights = [40, 32, 17, 8, 3];
const TRAITS_STREAM = 1;

const GENDERS: readonly Gender[] = ['female', 'male', 'other', ''];
const genderWeights = [49, 48, 1.5, 1.5];
const EDUCATION = ['secondary', 'vocational', 'bachelor', 'master', 'doctorate'] as const;
const EDUCATION_INCOME = [0.8, 0.92, 1.1, 1.3, 1.5];
const educationYoung = [60, 22, 18, 0, 0];
const educationAdult = [28, 22, 30, 16, 4];
const educationBusiness = [10, 15, 40, 28, 7];
const householdYoung = [40, 35, 15, 7, 2, 1];
const householdFamily = [15, 28, 20, 23, 9, 5];
const householdSenior = [35, 50, 8, 4, 2, 1];
const devicesByAge = [
  [68, 22, 10],
  [52, 36, 12],
  [38, 42, 20],
];
const DEVICES = ['mobile', 'desktop', 'tablet'] as const;
const TRAFFIC = ['organic', 'paid_search', 'social', 'email', 'referral', 'direct'] as const;
const trafficYoung = [26, 18, 30, 6, 10, 10];
const trafficAdult = [30, 21, 14, 12, 10, 13];
const satisfactionWeights = [6, 10, 24, 34, 26];
const interestCountWeights = [40, 40, 20];

function interestWeights(gender: Gender, age: number, householdSize: number): number[] {
  return INTERESTS.map((interest) => {
    let w = 1;
    if (interest === 'fashion' || interest === 'beauty') w *= gender === 'female' ? 2 : 0.6;
    if (interest === 'gaming' || interest === 'technology')
      w *= (gender === 'male' ? 1.8 : 0.8) * (age < 35 ? 1.6 : 0.7);
    if (interest === 'gardening' || interest === 'books' || interest === 'wellness') w *= age > 50 ? 1.8 : 0.8;
    if (interest === 'parenting') w *= householdSize >= 3 && age < 55 ? 3 : 0.1;
    if (interest === 'fitness' || interest === 'sports') w *= age < 45 ? 1.5 : 0.7;
    return w;
  });
}

function pickInterests(rng: Rng, weights: number[]): Interest[] {
  const count = 1 + rng.weightedIndex(interestCountWeights);
  const left = [...weights];
  const chosen: Interest[] = [];
  for (let k = 0; k < count; k++) {
    const index = rng.weightedIndex(left);
    chosen.push(INTERESTS[index] as Interest);
    left[index] = 0; // without replacement
  }
  return chosen;
}

const LIFESTYLES = [
  'budget_conscious',
  'convenience_seeker',
  'eco_conscious',
  'health_focused',
  'tech_savvy',
  'family_oriented',
  'trend_follower',
  'luxury',
] as const;
export type Lifestyle = (typeof LIFESTYLES)[number];

function pickLifestyle(rng: Rng, incomeRatio: number, householdSize: number, age: number): Lifestyle {
  const weights = [
    incomeRatio < 0.75 ? 30 : 10,
    18,
    12,
    age > 40 ? 14 : 9,
    age < 40 ? 14 : 6,
    householdSize >= 3 ? 30 : 3,
    age < 35 ? 14 : 4,
    incomeRatio > 1.5 ? 22 : 2,
  ];
  return LIFESTYLES[rng.weightedIndex(weights)] as Lifestyle;
}

export function customerTraits(seed: number, customerIndex: number, totalCustomers: number): CustomerTraits {
  const rng = new Rng(seed, customerIndex, TRAITS_STREAM);
  const type: CustomerType = rng.chance(0.15) ? 'B2B' : 'B2C';
  const business = type === 'B2B';
  const country = rng.pickWeighted(countries);
  const city = rng.pickWeighted(country.cities);
  const gender = GENDERS[rng.weightedIndex(genderWeights)] as Gender;
  const age = business ? rng.clampedInt(44, 10, 22, 70) : rng.clampedInt(41, 14, 18, 80);
  const educationLevel = rng.weightedIndex(business ? educationBusiness : age < 23 ? educationYoung : educationAdult);
  const ageCurve = 0.65 + 0.35 * Math.max(0, 1 - ((age - 50) / 32) ** 2);
  const rawIncome = country.medianIncome * ageCurve * (EDUCATION_INCOME[educationLevel] ?? 1) * rng.lognormal(0, 0.45);
  const income = rng.chance(0.05) ? null : Math.round(rawIncome / 100) * 100;
  const household = age < 30 ? householdYoung : age <= 55 ? householdFamily : householdSenior;
  const householdSize = 1 + rng.weightedIndex(household);
  const interests = pickInterests(rng, interestWeights(gender, age, householdSize));
  const lifestyle = pickLifestyle(rng, rawIncome / country.medianIncome, householdSize, age);
  const deviceWeights = business ? [20, 70, 10] : (devicesByAge[age < 35 ? 0 : age <= 55 ? 1 : 2] as number[]);
  const device = DEVICES[rng.weightedIndex(deviceWeights)] as string;
  const trafficSource = TRAFFIC[rng.weightedIndex(age < 30 ? trafficYoung : trafficAdult)] as string;
  const satisfaction = rng.chance(0.12) ? null : 1 + rng.weightedIndex(satisfactionWeights);
  const industry = business ? rng.pick(INDUSTRIES) : null;
  const companySize = business ? rng.weightedIndex(companySizeWeights) : -1;
  return {
    index: customerIndex,
    type,
    country,
    city,
    gender,
    age,
    education: EDUCATION[educationLevel] as string,
    income,
    householdSize,
    interests,
    lifestyle,
    device,
    trafficSource,
    satisfaction,
    signupDay: signupDay(customerIndex, totalCustomers),
    industry,
    companySize,
  };
}
