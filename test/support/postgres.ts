/**
 * A PostgreSQL for tests: SEGWB_TEST_PG_URL when set, else a throwaway cluster (initdb in a temp
 * folder owned by the postgres user, started with pg_ctl on a unix socket in that folder, no TCP)
 * that stop() removes. When neither is possible, start() says why in one line and returns null,
 * and the tests that need it skip.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  client: pg.Client;
  /** True for our own cluster: the server can read files of this machine (COPY FROM 'file'). */
  local: boolean;
  stop(): Promise<void>;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0] as string, 'bin') : null;
}

/** Runs a server binary as the postgres user (initdb and postgres refuse to run as root). */
function asPostgres(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: 'pipe', timeout: 60_000 });
}

export async function startPostgres(): Promise<TestPostgres | { skipped: string }> {
  const url = process.env.SEGWB_TEST_PG_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
    } catch (error) {
      return { skipped: `SEGWB_TEST_PG_URL is set but the server cannot be reached (${(error as Error).message})` };
    }
    return { client, local: false, stop: () => client.end() };
  }
  const bin = binDir();
  if (!bin)
    return {
      skipped:
        "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (install Debian's postgresql package or set SEGWB_TEST_PG_URL)",
    };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-pg-'));
  const data = path.join(dir, 'data');
  let started = false;
  const cleanup = () => {
    if (started) {
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w']);
      } catch {
        // already stopped
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      fs.chownSync(dir, uid, gid);
    }
    fs.chmodSync(dir, 0o755);
    asPostgres(path.join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
    ]);
    asPostgres(path.join(bin, 'pg_ctl'), [
      'start',
      '-D',
      data,
      '-w',
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      `-c listen_addresses='' -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    ]);
    started = true;
    const client = new pg.Client({ host: dir, user: 'postgres', database: 'postgres' });
    await client.connect();
    return {
      client,
      local: true,
      stop: async () => {
        await client.end();
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { skipped: `a throwaway PostgreSQL could not start (${message})` };
  }
}
