import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuCommand } from '../../electron/app/menu.js';
import { toElectronTemplate } from '../../electron/app/menuElectron.js';

describe('toElectronTemplate', () => {
  it('copies the fields Electron knows and wires commands to click handlers', () => {
    const ran: MenuCommand[] = [];
    const template = toElectronTemplate(
      [
        {
          label: 'File',
          submenu: [
            { label: 'New', accelerator: 'CmdOrCtrl+N', command: { kind: 'new-project' } },
            { type: 'separator' },
            { label: 'Close', command: { kind: 'close-project' }, enabled: false },
            { label: 'acme', sublabel: '/p/acme.segwb', command: { kind: 'open-recent', path: '/p/acme.segwb' } },
            { label: 'Quit', role: 'quit' },
          ],
        },
      ],
      (command) => ran.push(command),
    );
    const items = template[0]?.submenu;
    if (!Array.isArray(items)) throw new Error('expected a submenu array');

    expect(template[0]?.label).toBe('File');
    expect(items[1]).toEqual({ type: 'separator' });
    expect(items[2]?.enabled).toBe(false);
    expect(items[3]?.sublabel).toBe('/p/acme.segwb');
    expect(items[4]).toEqual({ label: 'Quit', role: 'quit' });
    expect(items[0]).toMatchObject({ label: 'New', accelerator: 'CmdOrCtrl+N' });

    // Electron calls click(menuItem, window, event); our handlers ignore the arguments.
    const click = (index: number) => (items[index]?.click as (() => void) | undefined)?.();
    click(0);
    click(3);
    expect(ran).toEqual([{ kind: 'new-project' }, { kind: 'open-recent', path: '/p/acme.segwb' }]);
    expect(items[4]?.click).toBeUndefined();
  });

  it('gives every item of the real menu either a role, a command, a submenu, or a disabled label', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const spec = buildMenuTemplate({
        platform,
        recent: [],
        hasProject: true,
        appName: 'Segment Workbench',
        isDev: true,
      });
      const walk = (items: ReturnType<typeof toElectronTemplate>): void => {
        for (const item of items) {
          if (item.type === 'separator') continue;
          const ok =
            item.role !== undefined || item.click !== undefined || item.submenu !== undefined || item.enabled === false;
          expect(ok, `${platform}: ${item.label}`).toBe(true);
          if (Array.isArray(item.submenu)) walk(item.submenu);
        }
      };
      walk(toElectronTemplate(spec, () => {}));
    }
  });
});
