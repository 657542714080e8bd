/** Welsh words of the engine's errors that carry a wording key (shared/errorWording.ts). */
import { IMPORT_REASONS } from '../../../../shared/i18n/importReasons.js';
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
    // Shared with the CLI (its words for the import's reasons and refusals).
    zip_archive: IMPORT_REASONS.cy.refusals.zip_archive,
    linked_table_alone:
      'Mae {{kind}} yn {{name}}: caiff tabl o’r fath ei fewnforio ynghyd â’r ffeiliau y mae’n cysylltu â nhw, nid ar ei ben ei hun.',
    // A file preview's refusals and warnings (import/layout.ts, import/sniff/warnings.ts).
    too_many_columns:
      'Mae {{columns}} o golofnau {{name}} wedi’u ticio; gall prosiect ddal {{limit}} ar y mwyaf: dad-diciwch {{excess}} ohonynt yn y rhagolwg, neu tynnwch o’r ffeil y colofnau nad oes eu hangen arnoch.',
    role_twice: 'Mae’r rôl {{role}} wedi’i rhoi i {{count}} o golofnau ({{headers}}); rhowch hi i un yn unig.',
    no_customer_id_column: 'Does dim colofn yn {{name}} wedi’i nodi fel id y cwsmer. Dewiswch un.',
    no_order_date_column: 'Does dim colofn yn {{name}} wedi’i nodi fel dyddiad yr archeb. Dewiswch un.',
    no_amount_column: 'Mae angen colofn swm ar {{name}}, neu golofn nifer a cholofn pris uned, i gyfrifo’r refeniw.',
    unclosed_quote:
      'Llinell {{line}}: mae dyfynnod (") yn agor maes nad yw byth yn cau, felly bydd y mewnforio’n gwrthod y ffeil hon. Caewch neu dilëwch y dyfynnod yn gyntaf.',
    unsure_encoding:
      'Ni ellid adnabod amgodiad y ffeil yn sicr (fe’i darllenwyd fel {{encoding}}): gwiriwch fod yr enwau a’r testun yn y rhagolwg yn darllen yn gywir; os nad ydynt, dewiswch amgodiad arall neu cadwch y ffeil fel UTF-8.',
    ambiguous_date_order:
      'Mae’r dyddiadau’n gweddu i drefn diwrnod/mis a threfn mis/diwrnod: gwiriwch drefn y dyddiadau',
    rows_wrong_width_zero: 'Rhesi yn y sampl heb {{width}} maes: {{count}}. Caiff rhesi o’r fath eu gwrthod',
    rows_wrong_width_one: 'Mae un rhes yn y sampl heb {{width}} maes: caiff rhesi o’r fath eu gwrthod',
    rows_wrong_width_two: 'Rhesi yn y sampl heb {{width}} maes: {{count}}. Caiff rhesi o’r fath eu gwrthod',
    rows_wrong_width_few: 'Rhesi yn y sampl heb {{width}} maes: {{count}}. Caiff rhesi o’r fath eu gwrthod',
    rows_wrong_width_many: 'Rhesi yn y sampl heb {{width}} maes: {{count}}. Caiff rhesi o’r fath eu gwrthod',
    rows_wrong_width_other: 'Rhesi yn y sampl heb {{width}} maes: {{count}}. Caiff rhesi o’r fath eu gwrthod',
    // A file that is not text, or cannot be read at all; the events and preset refusals.
    binary_zip:
      'Mae {{name}} yn edrych fel llyfr gwaith Excel neu archif zip, nid ffeil CSV: cadwch hi fel CSV yn gyntaf.',
    binary_xls: 'Mae {{name}} yn edrych fel hen lyfr gwaith Excel (.xls), nid ffeil CSV: cadwch hi fel CSV yn gyntaf.',
    binary_pdf: 'Mae {{name}} yn edrych fel dogfen PDF, nid ffeil CSV: cadwch hi fel CSV yn gyntaf.',
    binary_gzip: 'Mae {{name}} yn edrych fel archif gzip, nid ffeil CSV: cadwch hi fel CSV yn gyntaf.',
    binary_file: 'Mae {{name}} yn edrych fel ffeil ddeuaidd, nid ffeil CSV: cadwch hi fel CSV yn gyntaf.',
    cannot_read: 'Ni ellir darllen {{name}}. Neges y system: {{why}}',
    not_an_events_file:
      'Nid yw {{name}} yn ffeil digwyddiadau y mae’r fersiwn hon yn ei darllen: nid yw ei phennawd yn enwi’r un o’r cynlluniau hysbys ({{layouts}}). Ailenwch y colofnau i gyd-fynd ag un ohonynt.',
    unknown_preset: 'Does dim rhagosodiad o’r enw "{{preset}}": defnyddiwch un o {{list}}.',
    preset_misfit:
      'Nid yw pennawd y ffeil yn gweddu i’r rhagosodiad {{preset}}: mae’n brin o’r colofnau sydd gan yr allforio hwnnw bob amser.',
    // Why a file of a set was taken for its kind.
    kind_reviews: 'Id archeb ("{{order}}") a cholofn adolygu ("{{review}}").',
    kind_payments: 'Id archeb ("{{order}}") a cholofn talu ("{{payment}}").',
    kind_lines_product:
      'Id archeb ("{{order}}") a chynnyrch ("{{product}}"), ond dim id cwsmer: llinellau archebion a restrir mewn ffeil arall.',
    kind_lines_amount:
      'Id archeb ("{{order}}") a swm neu bris ("{{amount}}"), ond dim id cwsmer: llinellau archebion a restrir mewn ffeil arall.',
    kind_orders_repeat:
      'Archebion: id cwsmer, dyddiadau yn "{{date}}" ac ids cwsmer sy’n ailadrodd (mae "{{value}}" ar {{rows}} o resi’r sampl).',
    kind_orders_order_id: 'Archebion: id cwsmer, dyddiadau yn "{{date}}" ac id archeb ("{{order}}").',
    kind_customers_once: 'Mae pob id cwsmer yn "{{customer}}" yn ymddangos unwaith: un rhes i bob cwsmer.',
    kind_products: 'Un rhes i bob id cynnyrch ("{{product}}"), gyda’i nodweddion.',
    kind_lookup: 'Dim id cwsmer nac archeb: tabl ag allwedd "{{key}}" y mae ffeiliau eraill yn cyfeirio ato.',
    kind_lookup_empty: 'Dim id cwsmer nac archeb.',
    kind_events:
      'Digwyddiadau yng nghynllun {{layout}}: un rhes i bob digwyddiad, gyda "{{time}}", "{{type}}" a’r defnyddiwr yn "{{user}}".',
    kind_events_two_users:
      'Digwyddiadau yng nghynllun {{layout}}: un rhes i bob digwyddiad, gyda "{{time}}", "{{type}}" a’r defnyddiwr yn "{{user}}" neu "{{other}}".',
    kind_no_date: 'Dim colofn dyddiad: un rhes i bob cwsmer.',
    kind_no_amount: 'Dim swm, a dim nifer a phris uned: un rhes i bob cwsmer.',
    kind_orders_amount_repeat:
      'Archebion: dyddiadau yn "{{date}}", symiau yn "{{amount}}", ac ids cwsmer sy’n ailadrodd (mae "{{value}}" ar {{rows}} o resi’r sampl).',
    kind_orders_price_repeat:
      'Archebion: dyddiadau yn "{{date}}", symiau o "{{quantity}}" × "{{price}}", ac ids cwsmer sy’n ailadrodd (mae "{{value}}" ar {{rows}} o resi’r sampl).',
    kind_orders_amount_column: 'Archebion: dyddiadau yn "{{date}}", symiau yn "{{amount}}", a cholofn "{{column}}".',
    kind_orders_price_column:
      'Archebion: dyddiadau yn "{{date}}", symiau o "{{quantity}}" × "{{price}}", a cholofn "{{column}}".',
    kind_customers_sample_once: 'Mae pob id cwsmer yn ymddangos unwaith yn y sampl: un rhes i bob cwsmer.',
    link_same_header: 'Yr un pennawd "{{header}}" yn y ddwy ffeil.',
    link_same_role: 'Mae’r ddwy golofn yn dal y {{role}}.',
    link_overlap: 'Mae {{percent}}% o werthoedd y sampl yn "{{column}}" yn werthoedd yn "{{target}}".',
    // A set report's notes on key values not found on a link's other side.
    unmatched_customers:
      'Nid yw {{unmatched}} o {{total}} o werthoedd {{from}} yn {{to}} (e.e. {{examples}}): caiff eu harchebion eu mewnforio; does gan y cwsmeriaid hynny ddim nodweddion o’r ffeil cwsmeriaid.',
    unmatched_products:
      'Nid yw {{unmatched}} o {{total}} o werthoedd {{from}} yn {{to}} (e.e. {{examples}}): caiff y llinellau hynny eu mewnforio heb feysydd cynnyrch.',
    unmatched_lookup:
      'Nid yw {{unmatched}} o {{total}} o werthoedd {{from}} yn {{to}} (e.e. {{examples}}): ni chaiff y rhesi hynny unrhyw werthoedd o’r tabl cyfeirio.',
    unmatched_lines:
      'Nid yw {{unmatched}} o {{total}} o werthoedd {{from}} yn {{to}} (e.e. {{examples}}): caiff y llinellau hynny eu gadael allan: heb eu harcheb does ganddynt ddim cwsmer na dyddiad.',
    unmatched_payments:
      'Nid yw {{unmatched}} o {{total}} o werthoedd {{from}} yn {{to}} (e.e. {{examples}}): nid yw’r taliadau hynny’n cyfrif tuag at unrhyw archeb.',
    unmatched_orders:
      'Nid yw {{unmatched}} o {{total}} o werthoedd {{from}} yn {{to}} (e.e. {{examples}}): nid yw’r rhesi hynny’n perthyn i unrhyw archeb a fewnforiwyd.',
  },
} as const satisfies Localized<typeof english, PluralForms['cy']>;
