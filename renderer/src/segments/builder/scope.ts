/**
 * Where a part of the builder sits: at the customer level (customer fields and metrics, live
 * counts) or inside an orders or events condition's where-rule (order or event fields, no counts of its own).
 */
import { createContext, useContext } from 'react';
import type { FieldInfo } from '../../../../shared/api.js';

export interface BuilderScope {
  level: 'customers' | 'orders' | 'events';
  fields: readonly FieldInfo[];
}

export const ScopeContext = createContext<BuilderScope>({ level: 'customers', fields: [] });

export function useScope(): BuilderScope {
  return useContext(ScopeContext);
}
