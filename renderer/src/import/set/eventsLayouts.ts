/** The events layouts by the names their makers give them (proper names: the same in every language). */
import type { EventsLayoutName } from '../../../../shared/model/importSet.js';

export const LAYOUT_NAMES: Record<EventsLayoutName, string> = { rees46: 'REES46', ga4: 'GA4', matomo: 'Matomo' };
