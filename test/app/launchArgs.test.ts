import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DefaultFileName, projectFilters, saveFilters } from '../../electron/app/dialogOptions.js';
import { projectFileFromArgv } from '../../electron/app/launchArgs.js';

describe('projectFileFromArgv', () => {
  const cwd = path.resolve('/home/ann');

  it('finds the project a packaged app was opened with', () => {
    expect(projectFileFromArgv(['/opt/segwb/segment-workbench', '/data/acme.segwb'], cwd)).toBe(
      path.resolve('/data/acme.segwb'),
    );
  });

  it('resolves a relative path against the folder the command ran in', () => {
    expect(projectFileFromArgv(['electron', '.', 'clients/Acme.SEGWB'], cwd)).toBe(
      path.resolve(cwd, 'clients/Acme.SEGWB'),
    );
  });

  it('skips switches (a second launch on Windows carries Chromium ones) and takes the last project', () => {
    const argv = ['app.exe', 'a.segwb', '--allow-file-access-from-files', 'b.segwb', '--original-process-start-time=1'];
    expect(projectFileFromArgv(argv, cwd)).toBe(path.resolve(cwd, 'b.segwb'));
  });

  it('ignores the executable, the app folder and other files', () => {
    expect(projectFileFromArgv(['/x/y.segwb'], cwd)).toBeNull();
    expect(projectFileFromArgv(['electron', '.', 'orders.csv', '--flag=x.segwb'], cwd)).toBeNull();
  });
});

describe('dialog options', () => {
  it('filters project dialogs to .segwb', () => {
    expect(projectFilters('Segment Workbench')).toEqual([{ name: 'Segment Workbench project', extensions: ['segwb'] }]);
  });

  it('offers a filter that fits the suggested name, and always All files', () => {
    expect(saveFilters('Champions.CSV', 'SW')).toEqual([
      { name: 'CSV file', extensions: ['csv'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(saveFilters('copy.segwb', 'SW')).toEqual([
      { name: 'SW project', extensions: ['segwb'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(saveFilters('report', 'SW')).toEqual([{ name: 'All files', extensions: ['*'] }]);
    expect(saveFilters('VIP.xlsx', 'SW')).toEqual([
      { name: 'Excel workbook', extensions: ['xlsx'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it.each(['segment.csv', 'Smith & Sons – rejects.csv', 'a'])('accepts the file name %s', (name) => {
    expect(DefaultFileName.safeParse(name).success).toBe(true);
  });

  it.each(['', '../x.csv', '/etc/passwd', 'C:\\x.csv', 'a/b.csv', '..', 'x'.repeat(256)])('refuses %j', (name) => {
    expect(DefaultFileName.safeParse(name).success).toBe(false);
  });

  it('refuses anything but a string', () => {
    expect(DefaultFileName.safeParse(42).success).toBe(false);
    expect(DefaultFileName.safeParse(null).success).toBe(false);
  });
});
