/** Welsh words of the engine's errors that carry a wording key (shared/errorWording.ts). */
import type { Localized, PluralForms } from '../catalog.js';
import type { engineErrors as english } from '../en/engineErrors.js';

export const engineErrors = {
  engineErrors: {
    file_not_found: 'Ni chafwyd hyd i {{name}}. Gwiriwch fod y ffeil yno o hyd a’i dewis eto.',
    is_folder: 'Ffolder yw {{name}}, nid ffeil.',
    permission_denied: 'Ni ellir darllen {{name}}: dim caniatâd.',
    file_empty: 'Mae {{name}} yn wag: does dim i’w fewnforio.',
    no_line_breaks:
      'Does dim toriadau llinell yn {{megabytes}} MB cyntaf {{name}}: mae’n debyg nad tabl ydyw. Gwiriwch mai ffeil CSV a ddewisoch.',
    only_blank_lines: 'Does dim rhesi yn {{name}}: llinellau gwag yn unig sydd ynddo.',
    no_data_rows: 'Does dim rhesi data yn {{name}}.',
    nothing_imported:
      'Ni ellid mewnforio yr un rhes o {{name}} ({{rejected}} wedi’u gwrthod; y rheswm cyntaf: {{reason}}). Gwiriwch rolau a fformatau’r colofnau.',
    import_cancelled: 'Canslwyd mewnforio {{name}}: mae’r prosiect heb ei newid.',
    already_has_data: 'Mae gan y prosiect hwn {{kind}} o {{file}} yn barod.',
    no_such_column: 'Does dim colofn "{{column}}" yn {{name}}.',
    no_such_sheet: 'Does dim dalen "{{sheet}}" yn {{name}}. Ei ddalennau: {{list}}.',
    duplicate_file_names: 'Mae dwy o’r ffeiliau o’r enw {{name}}: rhowch bob ffeil unwaith.',
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
