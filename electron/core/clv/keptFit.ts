/**
 * The lifetime-value fit the user keeps (clv/save): each fitted customer's predictions stored in
 * clv_predictions, where the builder fields p_alive, expected_purchases and clv read them, and the
 * fit's options and parameters in clv_fit so a value can be explained and reproduced. One fit is
 * kept at a time; saving replaces it in one transaction.
 */
import { ClvOptions, type ClvResult, type SavedClvFit } from '../../../shared/contract/clv.js';
import type { Db } from '../db/projectFile.js';
import { runClv } from './runClv.js';

/** Fits with the given options and keeps the fit; returns what was kept and the fit itself. */
export function saveClvFit(db: Db, options: ClvOptions): { saved: SavedClvFit; result: ClvResult } {
  const result = runClv(db, options);
  keepClvResult(db, options, result, new Date().toISOString());
  return { saved: readSavedClvFit(db) as SavedClvFit, result };
}

/** Stores a fit's predictions (replacing the kept fit). Customers are stored by row id. */
export function keepClvResult(db: Db, options: ClvOptions, result: ClvResult, savedAt: string): void {
  const ids = new Map(
    (db.prepare('SELECT customer_key, id FROM customers').all() as Array<{ customer_key: string; id: number }>).map(
      (r) => [r.customer_key, r.id],
    ),
  );
  const params = {
    bgnbd: { r: result.bgnbd.r, alpha: result.bgnbd.alpha, a: result.bgnbd.a, b: result.bgnbd.b },
    gamma_gamma: result.gammaGamma ? { p: result.gammaGamma.p, q: result.gammaGamma.q, v: result.gammaGamma.v } : null,
  };
  db.transaction(() => {
    db.prepare('DELETE FROM clv_predictions').run();
    db.prepare('DELETE FROM clv_fit').run();
    const insert = db.prepare(
      'INSERT INTO clv_predictions (customer, p_alive, expected_purchases, expected_spend, clv) VALUES (?, ?, ?, ?, ?)',
    );
    let stored = 0;
    for (const c of result.customers) {
      const id = ids.get(c.customer_id);
      if (id === undefined) continue;
      insert.run(id, c.p_alive, c.expected_purchases, c.expected_spend, c.clv);
      stored++;
    }
    db.prepare(
      `INSERT INTO clv_fit (id, saved_at, options, calibration_end, unit, horizon, margin, discount_rate, params, customers)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      savedAt,
      JSON.stringify(options),
      result.calibrationEnd,
      result.unit,
      result.horizon,
      result.margin,
      result.discountRate,
      JSON.stringify(params),
      stored,
    );
  })();
}

interface FitRow {
  saved_at: string;
  options: string;
  calibration_end: string;
  unit: 'day' | 'week';
  horizon: number;
  margin: number;
  discount_rate: number | null;
  customers: number;
}

/** The kept fit, or null when none is kept. */
export function readSavedClvFit(db: Db): SavedClvFit | null {
  const row = db.prepare('SELECT * FROM clv_fit WHERE id = 1').get() as FitRow | undefined;
  if (!row) return null;
  // Stored by this code from validated options; parsed again so a damaged file cannot mislead.
  const options = ClvOptions.safeParse(JSON.parse(row.options));
  return {
    savedAt: row.saved_at,
    options: options.success ? options.data : {},
    calibrationEnd: row.calibration_end,
    unit: row.unit,
    horizon: row.horizon,
    margin: row.margin,
    discountRate: row.discount_rate,
    customers: row.customers,
  };
}

/** Whether a fit is kept (the builder lists the predicted fields only then). */
export function hasKeptClvFit(db: Db): boolean {
  return db.prepare('SELECT 1 FROM clv_fit LIMIT 1').get() !== undefined;
}
