/**
 * Numbered migrations of the project file. Each runs once, in order, inside the transaction
 * that opens the project; the applied version is kept in meta.schema_version.
 * Never edit a migration that has shipped: add the next one.
 */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE datasets (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('orders', 'customers')),
        file_name TEXT NOT NULL,
        file_size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_imported INTEGER NOT NULL,
        rows_rejected INTEGER NOT NULL,
        options TEXT NOT NULL,
        report TEXT NOT NULL
      );
      -- Rows an import could not use, kept so the user can save the full list.
      CREATE TABLE import_rejects (
        dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        reason TEXT NOT NULL,
        column_name TEXT,
        value TEXT,
        raw TEXT
      );
      CREATE INDEX import_rejects_dataset ON import_rejects(dataset_id, line);
      -- Every customer id seen in any dataset; the integer id is what other tables reference.
      CREATE TABLE customers (id INTEGER PRIMARY KEY, customer_key TEXT NOT NULL UNIQUE);
      -- Attribute columns of the customers file (c1, c2, ...) are created by the import; see fields.
      CREATE TABLE customer_attrs (customer INTEGER PRIMARY KEY);
      -- One row per order line. Extra columns (c1, c2, ...) are created by the import; see fields.
      CREATE TABLE order_lines (
        id INTEGER PRIMARY KEY,
        customer INTEGER NOT NULL,
        order_ref INTEGER NOT NULL,
        ts INTEGER NOT NULL,
        amount REAL NOT NULL
      );
      CREATE TABLE order_keys (ref INTEGER PRIMARY KEY, order_id TEXT NOT NULL);
      -- One row per order (all its lines summed; day = its earliest line's day), written by the import
      -- so rules on orders ("placed >= 2 orders ...") need not regroup the lines.
      CREATE TABLE order_totals (
        ref INTEGER PRIMARY KEY,
        customer INTEGER NOT NULL,
        day INTEGER NOT NULL,
        amount REAL NOT NULL
      );
      CREATE INDEX order_totals_customer ON order_totals (customer, day);
      -- Registry of the fields rules may use; column_name is generated, never a header spliced into SQL.
      CREATE TABLE fields (
        key TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        type TEXT NOT NULL,
        role TEXT,
        source TEXT NOT NULL CHECK (source IN ('customers', 'orders', 'metrics')),
        column_name TEXT NOT NULL,
        position INTEGER NOT NULL
      );
      CREATE TABLE customer_metrics (
        customer INTEGER PRIMARY KEY,
        frequency INTEGER NOT NULL,
        monetary REAL NOT NULL,
        first_day INTEGER,
        last_day INTEGER
      );
      -- The Data view sorts 100k+ customers by these; with an index a page is ~10 ms instead of ~80 ms.
      CREATE INDEX customer_metrics_monetary ON customer_metrics (monetary);
      CREATE INDEX customer_metrics_frequency ON customer_metrics (frequency);
      CREATE INDEX customer_metrics_first_day ON customer_metrics (first_day);
      CREATE INDEX customer_metrics_last_day ON customer_metrics (last_day);
      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        color TEXT,
        description TEXT,
        strategy TEXT,
        rule TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'linked datasets',
    // SQLite cannot widen a CHECK: datasets is rebuilt with its rows. import_rejects references
    // it with ON DELETE CASCADE, so its rows are set aside first (dropping datasets would
    // otherwise delete them) and put back after.
    sql: `
      CREATE TABLE import_rejects_kept AS SELECT * FROM import_rejects;
      DROP TABLE import_rejects;
      CREATE TABLE datasets_v2 (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('customers', 'orders', 'order_lines', 'products', 'payments', 'reviews', 'events', 'lookup')),
        file_name TEXT NOT NULL,
        file_size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_imported INTEGER NOT NULL,
        rows_rejected INTEGER NOT NULL,
        options TEXT NOT NULL,
        report TEXT NOT NULL,
        -- The files imported together share one import_set (the id of the set's first dataset).
        import_set INTEGER,
        -- The typed table holding this dataset's own rows (products, payments, reviews, lookups);
        -- NULL for kinds that land in the canonical tables (customers, orders, order_lines).
        rows_table TEXT
      );
      INSERT INTO datasets_v2 (id, kind, file_name, file_size, sha256, imported_at, rows_read, rows_imported,
        rows_rejected, options, report)
        SELECT id, kind, file_name, file_size, sha256, imported_at, rows_read, rows_imported, rows_rejected,
          options, report FROM datasets;
      DROP TABLE datasets;
      ALTER TABLE datasets_v2 RENAME TO datasets;
      CREATE TABLE import_rejects (
        dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        reason TEXT NOT NULL,
        column_name TEXT,
        value TEXT,
        raw TEXT
      );
      INSERT INTO import_rejects SELECT * FROM import_rejects_kept;
      DROP TABLE import_rejects_kept;
      CREATE INDEX import_rejects_dataset ON import_rejects(dataset_id, line);
      -- How the datasets of a project join: from a key column of one to a key column of another
      -- (the one whose rows it points to), how many distinct keys found a partner, and why.
      CREATE TABLE dataset_links (
        id INTEGER PRIMARY KEY,
        from_dataset INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        from_column TEXT NOT NULL,
        to_dataset INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        to_column TEXT NOT NULL,
        matched INTEGER NOT NULL,
        unmatched INTEGER NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('guessed', 'user')),
        reason TEXT NOT NULL
      );
    `,
  },
  {
    // Independent of version 2: it only adds tables.
    version: 3,
    name: 'events',
    sql: `
      -- One row per web or app event (a view, a cart, a purchase...). ts: seconds since 1970 of the
      -- wall-clock time as the file writes it, read as UTC (as order_lines.ts). type: the normalised
      -- event type (view, cart, remove_from_cart, checkout, purchase, search, other); type_original:
      -- as the file names it.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        customer INTEGER NOT NULL,
        ts INTEGER NOT NULL,
        type TEXT NOT NULL,
        type_original TEXT NOT NULL,
        session TEXT,
        product TEXT,
        category TEXT,
        price REAL,
        device TEXT,
        source TEXT,
        medium TEXT,
        page TEXT
      );
      -- Events conditions group one customer's events in a window; profiles scan by customer.
      CREATE INDEX events_customer ON events (customer, ts);
      -- "Who carted in the last 30 days" starts from the few events of one type.
      CREATE INDEX events_type ON events (type, ts);
      -- Per customer, what the events say as of the project's as-of date (see events/profiles.ts);
      -- rebuilt when the events or the as-of date change (meta.event_profiles_stamp).
      CREATE TABLE event_profiles (
        customer INTEGER PRIMARY KEY,
        events INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        sessions INTEGER NOT NULL,
        main_device TEXT,
        first_touch_source TEXT,
        last_touch_source TEXT,
        carted INTEGER NOT NULL,
        cart_abandoner INTEGER NOT NULL,
        purchase_days INTEGER NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'import history',
    sql: `
      -- One row per import that can be undone; the data as it was before it is kept in tables
      -- named history_<id>_<table> (see electron/core/datasets/history.ts).
      CREATE TABLE import_history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        label TEXT NOT NULL,
        -- JSON [{file, kind}]: what the label says, for clients that word it in their own language.
        files TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        tables TEXT NOT NULL,
        meta TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'segment plan',
    sql: `
      -- JSON of shared/model/segmentPlan.ts (goal, message, offer, channel, KPI and target, owner,
      -- due date); NULL when no field is filled in.
      ALTER TABLE segments ADD COLUMN plan TEXT;
    `,
  },
  {
    version: 6,
    name: 'saved clusterings',
    sql: `
      -- A clustering kept under a name (cluster/save): how it was made (params: the fields, log,
      -- seed, restarts as JSON), its k and when. Rules name its clusters as "<name> · <cluster>".
      CREATE TABLE clusterings (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        params TEXT NOT NULL,
        k INTEGER NOT NULL,
        saved_at TEXT NOT NULL
      );
      -- Each cluster (1..k, by size) with its suggested name and size.
      CREATE TABLE clustering_clusters (
        clustering INTEGER NOT NULL REFERENCES clusterings(id) ON DELETE CASCADE,
        cluster INTEGER NOT NULL,
        name TEXT NOT NULL,
        customers INTEGER NOT NULL,
        PRIMARY KEY (clustering, cluster)
      );
      -- Each clustered customer's cluster; customers left out (an empty field) have no row.
      CREATE TABLE cluster_members (
        clustering INTEGER NOT NULL REFERENCES clusterings(id) ON DELETE CASCADE,
        customer INTEGER NOT NULL,
        cluster INTEGER NOT NULL,
        PRIMARY KEY (clustering, customer)
      );
      CREATE INDEX cluster_members_customer ON cluster_members (customer);
    `,
  },
  {
    version: 7,
    name: 'member lists',
    sql: `
      -- A fixed list of customers kept as saved (e.g. "Champions who slid to At Risk" from the
      -- Changes view); a segment holds it through the rule { list: id, ... }. Lists are never
      -- edited: a new selection is a new list.
      CREATE TABLE member_lists (
        id INTEGER PRIMARY KEY,
        saved_at TEXT NOT NULL,
        -- What the list was made from, in the engine's words (for the CLI and support).
        origin TEXT NOT NULL,
        customers INTEGER NOT NULL
      );
      CREATE TABLE member_list_customers (
        list INTEGER NOT NULL REFERENCES member_lists(id) ON DELETE CASCADE,
        -- The client's customer id (customers.customer_key), not the row id: a list keeps meaning
        -- the same people when an import replaces the customers.
        customer_key TEXT NOT NULL,
        PRIMARY KEY (list, customer_key)
      );
    `,
  },
  {
    version: 8,
    name: 'snapshots and rule versions',
    sql: `
      -- A snapshot: for the project's as-of date when taken, every saved segment's members and every
      -- scored customer's RFM segment (electron/core/history/snapshots.ts). Taken at each import and
      -- on demand; the user's work, so an undo of an import keeps them.
      CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY,
        as_of TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('import', 'manual')),
        customers INTEGER NOT NULL,
        -- JSON array of the RFM segment names; snapshot_rfm.rfm indexes it (the settings may change).
        rfm_names TEXT NOT NULL
      );
      -- A small stable number per client customer id: customers.id changes when an import replaces
      -- the customers, the people in an old snapshot must not.
      CREATE TABLE snapshot_people (id INTEGER PRIMARY KEY, customer_key TEXT NOT NULL UNIQUE);
      -- Each saved segment as it was at the snapshot: its name then and its size.
      CREATE TABLE snapshot_segments (
        snapshot INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        segment INTEGER NOT NULL,
        name TEXT NOT NULL,
        customers INTEGER NOT NULL,
        PRIMARY KEY (snapshot, segment)
      );
      CREATE TABLE snapshot_members (
        snapshot INTEGER NOT NULL,
        segment INTEGER NOT NULL,
        person INTEGER NOT NULL,
        PRIMARY KEY (snapshot, segment, person)
      ) WITHOUT ROWID;
      -- A customer's timeline reads by person.
      CREATE INDEX snapshot_members_person ON snapshot_members (person, snapshot);
      -- Every customer of the project at the snapshot: the index of their RFM segment, -1 when not scored.
      CREATE TABLE snapshot_rfm (
        snapshot INTEGER NOT NULL,
        person INTEGER NOT NULL,
        rfm INTEGER NOT NULL,
        -- A timeline looks each snapshot up by person: one seek per snapshot.
        PRIMARY KEY (snapshot, person)
      ) WITHOUT ROWID;
      -- Every saved rule of every segment, the current one included (segments/store.ts).
      CREATE TABLE segment_versions (
        id INTEGER PRIMARY KEY,
        segment INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        rule TEXT NOT NULL
      );
      CREATE INDEX segment_versions_segment ON segment_versions (segment, id);
      -- The rule each segment has now is its first known version.
      INSERT INTO segment_versions (segment, saved_at, rule) SELECT id, updated_at, rule FROM segments ORDER BY id;
    `,
  },
  {
    version: 9,
    name: 'kept lifetime-value fit',
    sql: `
      -- The lifetime-value fit the user keeps (clv/save): one at a time, a new one replaces it. Its
      -- options (JSON of ClvOptions as given), the calibration end, unit, horizon, margin and
      -- discount rate it used, and the models' parameters (JSON), so a value can be explained.
      CREATE TABLE clv_fit (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        saved_at TEXT NOT NULL,
        options TEXT NOT NULL,
        calibration_end TEXT NOT NULL,
        unit TEXT NOT NULL,
        horizon INTEGER NOT NULL,
        margin REAL NOT NULL,
        discount_rate REAL,
        params TEXT NOT NULL,
        customers INTEGER NOT NULL
      );
      -- Each fitted customer's predictions (customers whose first purchase is after the
      -- calibration end have no row: their builder fields are empty).
      CREATE TABLE clv_predictions (
        customer INTEGER PRIMARY KEY,
        p_alive REAL NOT NULL,
        expected_purchases REAL NOT NULL,
        expected_spend REAL,
        clv REAL
      );
    `,
  },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
