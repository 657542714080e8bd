/** English sentences behind each quality criterion (Compare's scorecard and the report). */
export const qualityWhy = {
  qualityWhy: {
    people_one: '{{n}} customer',
    people_other: '{{n}} customers',
    substantial: {
      empty: 'No customer is in this segment.',
      tooSmallLowValue:
        'Only {{people}} and {{share}} of revenue (minimum {{minPeople}} and {{minShare}} of revenue): too small to be worth a campaign of its own.',
      tooSmall: 'Only {{people}} (minimum {{minPeople}}): too few for a campaign of their own.',
      lowValue: 'Brings only {{share}} of revenue (minimum {{minShare}}): little value to win.',
      ok: '{{people}} and {{share}} of revenue: big enough to act on (minimum {{minPeople}} and {{minShare}} of revenue).',
      other: 'How big and how valuable the segment is.',
    },
    measurable: {
      empty: 'No members, so nothing to measure.',
      noFields: 'The rule uses no customer field that can be missing (only order history or other segments).',
      missingValues:
        'Only {{share}} of members have a value in every field the rule uses ({{fields}}; minimum {{min}}): the segment rests partly on missing data.',
      ok: '{{share}} of members have a value in every field the rule uses ({{fields}}).',
      other: 'Whether the members have the values the rule relies on.',
    },
    accessible: {
      noContactFields:
        'No contact fields in this project: import customers with an email or phone column to reach them.',
      empty: 'No members to reach.',
      unreachable:
        'Only {{share}} of members have an email or phone (minimum {{min}}): many cannot be contacted directly.',
      ok: '{{share}} of members can be reached by email or phone.',
      other: 'Whether the members can be contacted.',
    },
    distinct: {
      empty: 'No members, so it cannot be told apart from other segments.',
      noOther: 'There is no other saved segment to compare it with.',
      alone: 'It shares no customer with any other saved segment.',
      overlaps:
        '{{share}} of the customers of the smaller of the two are also in “{{name}}” (limit {{max}}): the segments are hard to tell apart.',
      ok: 'Its largest overlap is with “{{name}}”: {{share}} of the smaller segment’s customers, so it stands apart.',
      other: 'Whether the segment stands apart from the other saved segments.',
    },
  },
} as const;
