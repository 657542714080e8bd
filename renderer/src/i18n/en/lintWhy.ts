/** English sentences of the segment linter's warnings (the engine's reasons worded by the interface). */
export const lintWhy = {
  lintWhy: {
    inOrders: 'In the orders condition: {{sentence}}',
    empty: { empty: 'No customer matches this segment. Loosen a condition or check the chosen values.' },
    too_small: {
      tooSmall_one:
        'Only {{customers}} customer matches (fewer than {{min}}). Segments with little or no data give unreliable results: widen the rule or merge it with another segment.',
      tooSmall_other:
        'Only {{customers}} customers match (fewer than {{min}}). Segments with little or no data give unreliable results: widen the rule or merge it with another segment.',
    },
    never_matches: {
      emptyAnyOf: 'This “any of” group has no conditions, so it matches no one. Add one or remove the group.',
      notEmptyAllOf: 'NOT of an empty “all of” group matches no one (the group matches everyone).',
      emptyList: '{{field}} is one of an empty list, which matches no one. Pick at least one value.',
      reversedBetween: 'The condition on {{field}} matches no one: the first value is above the second. Swap them.',
      neverTrue: 'The condition on {{field}} can never be true, so it matches no one.',
      ordersCount:
        'A number of orders {{op}} {{value}} is impossible (orders are counted 0, 1, 2…), so this condition matches no one.',
      conflict: 'No customer can match these conditions on {{field}} at the same time, so this group matches no one.',
    },
    no_times: {
      orderTimes:
        'Every order time in “{{field}}” is midnight: the data has dates but no times of day, so “between hours” cannot tell the hours apart. Use the weekday or the month instead, or import a file with times.',
      eventTimes:
        'Every event time in “{{field}}” is midnight: the data has dates but no times of day, so “between hours” cannot tell the hours apart. Use the weekday or the month instead, or import a file with times.',
    },
    identical: {
      identical:
        'This segment has exactly the same customers as {{names}}. Two names for one group of customers is confusing: keep one.',
    },
    overlap: {
      overlap:
        '{{share}} of the smaller of this segment and “{{name}}” is in both ({{shared}} of {{smaller}} customers). Overlapping segments get the same campaign twice: merge them or exclude one from the other.',
    },
  },
} as const;
