/**
 * The builder's edit commands: a pure operation on the draft's rule, then focus where the user
 * expects it (the moved node's same button, a new condition's field picker, the group after a delete).
 */
import type { Rule } from '../../../../shared/model/rules.js';
import { useStore } from '../../store/index.js';
import type { Combinator } from '../rule/editRule.js';
import { addChild, duplicateAt, moveAt, removeAt, replaceAt, setCombinator, toggleNot } from '../rule/editRule.js';
import { type NodePath, parentPath } from '../rule/paths.js';

/** data-focus names of controls that focus is restored to. */
export type FocusTarget = 'picker' | 'move-up' | 'move-down' | 'add' | 'not' | 'combinator';

/**
 * Focuses a control of the node at path once React has drawn it: the control that declares it
 * belongs to that path (data-focus-for), else the first such control inside the node, else its
 * first control. A node's own buttons say whom they belong to because nested nodes have the same ones.
 */
export function focusNode(path: NodePath, target: FocusTarget): void {
  requestAnimationFrame(() => {
    const escaped = CSS.escape(path);
    const enabled = `[data-focus="${target}"]:not(:disabled)`;
    const own = document.querySelector<HTMLElement>(`${enabled}[data-focus-for="${escaped}"]`);
    const node = document.querySelector(`[data-node-path="${escaped}"]`);
    const inside = node?.querySelector<HTMLElement>(enabled);
    const first = node?.querySelector<HTMLElement>('button:not(:disabled), select, input, summary');
    (own ?? inside ?? first)?.focus();
  });
}

function edit(change: (rule: Rule) => Rule): void {
  useStore.getState().editRule(change);
}

/** typed: the change comes from typing in one of the node's inputs (that name), so keystrokes make one undo step. */
export function replaceNode(path: NodePath, node: Rule, typed?: string): void {
  useStore.getState().editRule((rule) => replaceAt(rule, path, node), typed && `${typed}@${path}`);
}

export function addNode(groupPath: NodePath, node: Rule): void {
  let added = groupPath;
  edit((rule) => {
    const result = addChild(rule, groupPath, node);
    added = result.path;
    return result.rule;
  });
  focusNode(added, 'picker');
}

export function moveNode(path: NodePath, delta: -1 | 1): void {
  let moved: NodePath | null = null;
  edit((rule) => {
    const result = moveAt(rule, path, delta);
    moved = result?.path ?? null;
    return result?.rule ?? rule;
  });
  if (moved !== null) focusNode(moved, delta < 0 ? 'move-up' : 'move-down');
}

export function removeNode(path: NodePath): void {
  edit((rule) => removeAt(rule, path));
  const parent = parentPath(path);
  if (parent !== null) focusNode(parent, 'add');
}

export function duplicateNode(path: NodePath): void {
  let copy: NodePath | null = null;
  edit((rule) => {
    const result = duplicateAt(rule, path);
    copy = result?.path ?? null;
    return result?.rule ?? rule;
  });
  if (copy !== null) focusNode(copy, 'picker');
}

export function negateNode(path: NodePath): void {
  edit((rule) => toggleNot(rule, path));
  focusNode(path, 'not');
}

export function setGroupCombinator(path: NodePath, combinator: Combinator): void {
  edit((rule) => setCombinator(rule, path, combinator));
}
