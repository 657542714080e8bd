/**
 * Turns the menu's plain data (menu.ts) into Electron's template: each item with a command gets a click
 * handler that hands the command to `run`. Types-only import from 'electron', so this is unit-tested too.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuSpec } from './menu.js';

export function toElectronTemplate(
  specs: MenuSpec[],
  run: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  return specs.map((spec) => toElectronItem(spec, run));
}

function toElectronItem(spec: MenuSpec, run: (command: MenuCommand) => void): MenuItemConstructorOptions {
  if (spec.type === 'separator') return { type: 'separator' };
  const item: MenuItemConstructorOptions = {};
  if (spec.type === 'radio') item.type = 'radio';
  if (spec.checked !== undefined) item.checked = spec.checked;
  if (spec.label !== undefined) item.label = spec.label;
  if (spec.sublabel !== undefined) item.sublabel = spec.sublabel;
  if (spec.accelerator !== undefined) item.accelerator = spec.accelerator;
  if (spec.role !== undefined) item.role = spec.role;
  if (spec.enabled !== undefined) item.enabled = spec.enabled;
  if (spec.submenu !== undefined) item.submenu = toElectronTemplate(spec.submenu, run);
  const command = spec.command;
  if (command !== undefined) item.click = () => run(command);
  return item;
}
