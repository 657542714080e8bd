/** The date field: typing a Solar Hijri date in Persian, and switching it to the Gregorian calendar. */
export const dateField = {
  dateField: {
    solarHint: 'Solar Hijri date: year/month/day, for example 1403/01/01',
    invalid: 'This is not a day of the Solar Hijri calendar. Type year/month/day, for example 1403/01/01.',
    toGregorian: 'Show and type dates in the Gregorian calendar',
    toSolar: 'Show and type dates in the Solar Hijri calendar',
  },
} as const;
