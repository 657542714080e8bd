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
    already_has_events: 'Mae gan y prosiect hwn ddigwyddiadau yn barod.',
    workbook_unreadable:
      'Ni ellid darllen {{name}} fel llyfr gwaith Excel ({{why}}). Agorwch ef yn Excel a’i gadw eto fel .xlsx, neu cadwch y ddalen fel CSV.',
    empty_sheet: 'Mae dalen "{{sheet}}" yn {{name}} yn wag: does dim i’w fewnforio.',
    not_a_set_file: 'Nid yw "{{file}}" yn un o’r ffeiliau a fewnforir ({{list}}).',
    link_same_file: 'Mae cyswllt yn uno dwy ffeil wahanol; mae’r ddwy ochr yn enwi {{name}}.',
    no_such_link_column: 'Does dim colofn "{{column}}" yn {{name}}: ei golofnau yw {{list}}.',
    set_refused: 'Ni fewnforiwyd dim: cywirwch yn gyntaf y problemau ({{count}}) y mae’r rhagolwg yn eu rhestru.',
    same_kind_files:
      'Mae {{names}} i gyd o’r math {{kind}}: dim ond un ffeil o bob math y gellir ei mewnforio ar y tro. Dewiswch fath arall i un ohonynt, neu mewnforiwch nhw ar wahân.',
    not_events_layout:
      'Dewiswyd {{name}} fel digwyddiadau, ond nid yw ei bennawd yn enwi’r un o’r cynlluniau digwyddiadau a ddarllenir (REES46: event_time, event_type, user_id; GA4: event_timestamp, event_name, user_pseudo_id; Matomo: visitorId, type). Dewiswch fath arall, neu ailenwch ei golofnau.',
    no_main_file:
      'Does dim archebion, cwsmeriaid na digwyddiadau yn yr un o’r ffeiliau: ychwanegwch y ffeil archebion (neu’r ffeil cwsmeriaid neu ddigwyddiadau).',
    no_orders_for:
      'Mae {{kind}} yn {{name}} ond does dim ffeil yn dal yr archebion y maen nhw’n perthyn iddynt: ychwanegwch y ffeil archebion.',
    no_link_to_orders:
      'Ni chafwyd colofn yn {{name}} sy’n cyfeirio at archebion {{orders}}: cysylltwch nhw drwy golofn rhif archeb y ddwy ffeil.',
    not_a_workbook: 'Nid llyfr gwaith yw {{name}}: dim ond mewn ffeiliau .xlsx y gellir dewis dalen.',
    encrypted_workbook:
      'Mae {{name}} yn llyfr gwaith wedi’i ddiogelu â chyfrinair: ni ellir ei ddarllen heb ei gyfrinair. Agorwch ef yn Excel, tynnwch y cyfrinair (File > Info > Protect Workbook), cadwch ef, a’i fewnforio eto.',
    xls_workbook:
      'Mae {{name}} yn hen lyfr gwaith Excel (.xls) na all y fainc waith ei ddarllen: agorwch ef yn Excel a’i gadw fel .xlsx (Excel Workbook) neu CSV, yna mewnforiwch y ffeil honno.',
    ods_workbook:
      'Mae {{name}} yn daenlen OpenDocument (.ods) na all y fainc waith ei darllen: agorwch hi yn LibreOffice Calc neu Excel a’i chadw fel .xlsx (Excel Workbook) neu CSV, yna mewnforiwch y ffeil honno.',
    zip_archive: 'Archif zip yw {{name}}, nid tabl: dadbaciwch hi a mewnforiwch y ffeiliau CSV neu .xlsx sydd ynddi.',
    linked_table_alone:
      'Mae {{kind}} yn {{name}}: caiff tabl o’r fath ei fewnforio ynghyd â’r ffeiliau y mae’n cysylltu â nhw, nid ar ei ben ei hun.',
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
