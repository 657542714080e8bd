/** English strings of a database opened where the data lives (PostgreSQL or a DuckDB file). */
export const database = {
  database: {
    startTitle: 'Open a database',
    startText: 'Count segments on PostgreSQL or a DuckDB file, where the data lives.',
    dialogTitle: 'Open a database',
    dialogText:
      'A PostgreSQL URL (postgresql://user:password@host:5432/shop) or a DuckDB file (duckdb:/path/shop.duckdb) holding the warehouse tables. It is opened read only; only counts come back.',
    urlLabel: 'Database URL or DuckDB file',
    connect: 'Open',
    connecting: 'Checking the connection and the tables…',
    cancel: 'Cancel',
    title: 'Segments on the database',
    tables: 'Tables: {{tables}}',
    asOf: 'As of {{date}}',
    countedIn: 'Counted on the database in {{ms}} ms',
    needsProject:
      'Only the segment builder runs on a database. The other views need a project: import the data first (segwb import --from).',
    closedOnRestart:
      'The database {{shown}} was closed when the app restarted, and its password is never kept. Enter its URL again to open it.',
    close: 'Close the database',
  },
} as const;
