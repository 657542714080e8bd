/**
 * First and last names per language group, so a customer in Köln is called Müller and one in Shiraz
 * Hosseini. Accents stay in the names (UTF-8); emails use the ASCII fold of the same names.
 */
import type { NameGroup } from './geo.js';

interface NameList {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly last: readonly string[];
}

/** Comma-separated lists keep the tables compact (the formatter would put one name per line). */
function list(...parts: string[]): string[] {
  return parts.join(',').split(',');
}

export const names: Record<NameGroup, NameList> = {
  english: {
    female: list('Olivia,Emma,Amelia,Sophie,Charlotte,Grace,Emily,Jessica,Hannah,Chloe,Megan,Sarah'),
    male: list('Oliver,James,Jack,Harry,George,Thomas,William,Daniel,Michael,David,Ryan,Matthew'),
    last: list(
      'Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Patel,Robinson',
      "Wright,Thompson,Evans,Walker,O'Brien,Campbell,Miller,Garcia,Nguyen,Clarke",
    ),
  },
  german: {
    female: list('Anna,Lena,Lea,Hannah,Julia,Katharina,Sophie,Laura,Jana,Jülide,Sabine,Petra'),
    male: list('Lukas,Jonas,Leon,Felix,Maximilian,Paul,Jürgen,Stefan,Tobias,Florian,Kai,Uwe'),
    last: list(
      'Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann',
      'Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Yılmaz,Braun',
    ),
  },
  french: {
    female: list('Emma,Jade,Louise,Alice,Chloé,Léa,Manon,Camille,Inès,Juliette,Zoé,Margaux'),
    male: list('Gabriel,Louis,Raphaël,Jules,Adam,Lucas,Hugo,Arthur,Théo,Nathan,Mathis,Antoine'),
    last: list(
      'Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau',
      'Simon,Laurent,Lefèvre,Michel,Garcia,David,Bertrand,Roux,Fournier,Benali',
    ),
  },
  dutch: {
    female: list('Emma,Julia,Sophie,Tess,Anna,Fenna,Sanne,Lotte,Eva,Noor,Femke,Ilse'),
    male: list('Daan,Sem,Lucas,Levi,Finn,Bram,Thijs,Jesse,Ruben,Joost,Pieter,Wouter'),
    last: list(
      'de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,Meijer',
      'de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer',
    ),
  },
  spanish: {
    female: list('Lucía,Sofía,María,Martina,Paula,Julia,Valeria,Carmen,Elena,Laura,Ana,Irene'),
    male: list('Hugo,Martín,Lucas,Mateo,Daniel,Pablo,Alejandro,Javier,Sergio,José,Carlos,Álvaro'),
    last: list(
      'García,Rodríguez,González,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Martín',
      'Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Navarro,Torres',
    ),
  },
  persian: {
    female: list('Fatemeh,Zahra,Maryam,Sara,Niloufar,Parisa,Shirin,Leila,Mahsa,Narges,Yasmin,Roya'),
    male: list('Mohammad,Ali,Reza,Hossein,Amir,Mehdi,Hamid,Saeed,Dariush,Kian,Arash,Babak'),
    last: list(
      'Hosseini,Mohammadi,Ahmadi,Rezaei,Moradi,Karimi,Jafari,Rahimi,Hashemi,Mousavi',
      'Ghorbani,Sadeghi,Kazemi,Tehrani,Najafi,Farahani,Shirazi,Ebrahimi,Azizi,Akbari',
    ),
  },
  // The UAE's customers are a mix of Emirati, South Asian and expatriate names.
  arabic: {
    female: list('Fatima,Mariam,Aisha,Noura,Hessa,Latifa,Sara,Layla,Priya,Anjali,Grace,Reem'),
    male: list('Mohammed,Ahmed,Khalid,Omar,Saeed,Rashid,Hamdan,Yousef,Rahul,Arjun,John,Faisal'),
    last: list(
      'Al Maktoum,Al Nahyan,Al Mansoori,Al Hashemi,Al Falasi,Al Suwaidi,Al Ketbi,Al Mazrouei,Haddad,Khoury',
      'Nair,Menon,Sharma,Iyer,Fernandes,Santos,Khan,Hussain,Rahman,Ali',
    ),
  },
};

/** "Müller" -> "muller", "Al Maktoum" -> "almaktoum", "O'Brien" -> "obrien": safe in an email address. */
export function asciiFold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
