/** Welsh strings of a database opened where the data lives. */
import type { Localized, PluralForms } from '../catalog.js';
import type { database as english } from '../en/database.js';

export const database = {
  database: {
    startTitle: 'Agor cronfa ddata',
    startText: 'Cyfrif segmentau ar PostgreSQL neu ffeil DuckDB, lle mae’r data’n byw.',
    dialogTitle: 'Agor cronfa ddata',
    dialogText:
      'URL PostgreSQL (postgresql://user:password@host:5432/shop) neu ffeil DuckDB (duckdb:/path/shop.duckdb) sy’n dal tablau’r warws. Caiff ei hagor i’w darllen yn unig; dim ond cyfrifon sy’n dod yn ôl.',
    urlLabel: 'URL y gronfa ddata neu ffeil DuckDB',
    connect: 'Agor',
    connecting: 'Yn gwirio’r cysylltiad a’r tablau…',
    cancel: 'Canslo',
    title: 'Segmentau ar y gronfa ddata',
    tables: 'Tablau: {{tables}}',
    asOf: 'Hyd at {{date}}',
    countedIn: 'Wedi’i gyfrif ar y gronfa ddata mewn {{ms}} ms',
    needsProject:
      'Dim ond yr adeiladwr segmentau sy’n gweithio ar gronfa ddata. Mae angen prosiect ar y golygfeydd eraill: mewnforiwch y data yn gyntaf (segwb import --from).',
    closedOnRestart:
      'Caewyd y gronfa ddata {{shown}} pan ailgychwynnodd yr ap, a dydy ei chyfrinair byth yn cael ei gadw. Rhowch ei URL eto i’w hagor.',
    close: 'Cau’r gronfa ddata',
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
