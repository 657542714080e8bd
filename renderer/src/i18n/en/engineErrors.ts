/**
 * English words of the engine's errors that carry a wording key (shared/errorWording.ts): the same
 * sentences as the engine's English messages. A {{kind}} or {{reason}} value arrives as a code and is
 * worded by ErrorMessage from the import's kinds and reject reasons.
 */
export const engineErrors = {
  engineErrors: {
    file_not_found: '{{name}} was not found. Check that the file is still there and choose it again.',
    is_folder: '{{name}} is a folder, not a file.',
    permission_denied: '{{name}} cannot be read: permission denied.',
    file_empty: '{{name}} is empty: there is nothing to import.',
    no_line_breaks:
      '{{name}} has no line breaks in its first {{megabytes}} MB: it is probably not a table. Check that you chose a CSV file.',
    only_blank_lines: '{{name}} has no rows: it holds only blank lines.',
    no_data_rows: '{{name}} has no data rows.',
    nothing_imported:
      'No row of {{name}} could be imported ({{rejected}} rejected; first reason: {{reason}}). Check the column roles and formats.',
    import_cancelled: 'Import of {{name}} cancelled: the project is unchanged.',
    already_has_data: 'This project already has {{kind}} from {{file}}.',
    no_such_column: 'No column "{{column}}" in {{name}}.',
    no_such_sheet: '{{name}} has no sheet "{{sheet}}". Its sheets: {{list}}.',
    duplicate_file_names: 'Two of the files are named {{name}}: give each file once.',
  },
} as const;
