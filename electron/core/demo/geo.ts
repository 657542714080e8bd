/**
 * Countries of the demo shop with cities, regions, phone codes and an income level, so that city and
 * region always agree with the country. City names keep their local spelling (UTF-8 in the CSV), and
 * "Washington, D.C." makes sure a quoted field appears in every file.
 */
import { type WeightedTable, weightedTable } from './random.js';

export type NameGroup = 'english' | 'german' | 'french' | 'dutch' | 'spanish' | 'persian' | 'arabic';

export interface City {
  readonly city: string;
  readonly region: string;
}

export interface Country {
  readonly name: string;
  readonly phoneCode: string;
  readonly nameGroup: NameGroup;
  /** Median yearly income of an adult customer, in the shop's currency. */
  readonly medianIncome: number;
  readonly cities: WeightedTable<City>;
}

function country(
  name: string,
  phoneCode: string,
  nameGroup: NameGroup,
  medianIncome: number,
  cities: Array<[city: string, region: string, weight: number]>,
): Country {
  return {
    name,
    phoneCode,
    nameGroup,
    medianIncome,
    cities: weightedTable(
      cities.map(([city, region]) => ({ city, region })),
      cities.map(([, , weight]) => weight),
    ),
  };
}

const COUNTRIES: Array<[Country, number]> = [
  [
    country('United Kingdom', '+44', 'english', 36_000, [
      ['London', 'Greater London', 30],
      ['Manchester', 'North West', 10],
      ['Birmingham', 'West Midlands', 10],
      ['Leeds', 'Yorkshire and the Humber', 7],
      ['Bristol', 'South West', 6],
      ['Glasgow', 'Scotland', 7],
      ['Edinburgh', 'Scotland', 5],
      ['Cardiff', 'Wales', 4],
      ['Belfast', 'Northern Ireland', 3],
    ]),
    21,
  ],
  [
    country('Germany', '+49', 'german', 40_000, [
      ['Berlin', 'Berlin', 20],
      ['Hamburg', 'Hamburg', 11],
      ['München', 'Bayern', 13],
      ['Köln', 'Nordrhein-Westfalen', 9],
      ['Düsseldorf', 'Nordrhein-Westfalen', 6],
      ['Frankfurt am Main', 'Hessen', 7],
      ['Stuttgart', 'Baden-Württemberg', 6],
      ['Leipzig', 'Sachsen', 5],
    ]),
    16,
  ],
  [
    country('France', '+33', 'french', 34_000, [
      ['Paris', 'Île-de-France', 30],
      ['Lyon', 'Auvergne-Rhône-Alpes', 10],
      ['Marseille', "Provence-Alpes-Côte d'Azur", 9],
      ['Nice', "Provence-Alpes-Côte d'Azur", 4],
      ['Toulouse', 'Occitanie', 7],
      ['Nantes', 'Pays de la Loire', 5],
      ['Bordeaux', 'Nouvelle-Aquitaine', 6],
      ['Lille', 'Hauts-de-France', 5],
    ]),
    12,
  ],
  [
    country('Netherlands', '+31', 'dutch', 42_000, [
      ['Amsterdam', 'Noord-Holland', 30],
      ['Rotterdam', 'Zuid-Holland', 18],
      ['Den Haag', 'Zuid-Holland', 15],
      ['Utrecht', 'Utrecht', 12],
      ['Eindhoven', 'Noord-Brabant', 9],
      ['Groningen', 'Groningen', 6],
    ]),
    8,
  ],
  [
    country('Spain', '+34', 'spanish', 27_000, [
      ['Madrid', 'Comunidad de Madrid', 30],
      ['Barcelona', 'Cataluña', 25],
      ['Valencia', 'Comunidad Valenciana', 10],
      ['Sevilla', 'Andalucía', 8],
      ['Málaga', 'Andalucía', 6],
      ['Bilbao', 'País Vasco', 5],
      ['Zaragoza', 'Aragón', 5],
    ]),
    10,
  ],
  [
    country('Iran', '+98', 'persian', 9_000, [
      ['Tehran', 'Tehran', 40],
      ['Mashhad', 'Razavi Khorasan', 14],
      ['Isfahan', 'Isfahan', 12],
      ['Karaj', 'Alborz', 9],
      ['Shiraz', 'Fars', 9],
      ['Tabriz', 'East Azerbaijan', 8],
    ]),
    7,
  ],
  [
    country('United Arab Emirates', '+971', 'arabic', 46_000, [
      ['Dubai', 'Dubai', 45],
      ['Abu Dhabi', 'Abu Dhabi', 25],
      ['Al Ain', 'Abu Dhabi', 8],
      ['Sharjah', 'Sharjah', 15],
      ['Ajman', 'Ajman', 6],
    ]),
    7,
  ],
  [
    country('United States', '+1', 'english', 50_000, [
      ['New York', 'New York', 20],
      ['Los Angeles', 'California', 14],
      ['San Francisco', 'California', 7],
      ['Chicago', 'Illinois', 10],
      ['Houston', 'Texas', 9],
      ['Phoenix', 'Arizona', 6],
      ['Seattle', 'Washington', 6],
      ['Miami', 'Florida', 6],
      ['Boston', 'Massachusetts', 6],
      ['Washington, D.C.', 'District of Columbia', 5],
    ]),
    19,
  ],
];

export const countries: WeightedTable<Country> = weightedTable(
  COUNTRIES.map(([c]) => c),
  COUNTRIES.map(([, weight]) => weight),
);
