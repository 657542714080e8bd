/**
 * The shape of the CLI's words in every language: the keys English has, each a string, or for a line
 * that changes with a number, the plural forms its language uses (Intl.PluralRules; `other` always).
 */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type CliWords<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends { other: string } ? PluralText : CliWords<T[K]>;
};
