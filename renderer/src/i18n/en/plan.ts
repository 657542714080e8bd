/** English strings of a segment's structured strategy (the segment editor, the comparison, the report). */
export const plan = {
  plan: {
    title: 'Strategy plan',
    hint: 'What you want from this segment and how you will get it. Shown in the comparison and the report.',
    field: {
      goal: 'Goal',
      message: 'Message',
      offer: 'Offer',
      channel: 'Channel',
      kpi: 'KPI',
      kpi_target: 'KPI target',
      owner: 'Owner',
      due_date: 'Due date',
    },
    placeholder: {
      goal: 'e.g. win them back before the summer sale',
      message: 'What you will tell them, in a sentence',
      offer: 'e.g. free delivery on the next order',
      channel: 'e.g. Email',
      kpi: 'e.g. repeat purchase rate (%)',
      owner: 'Who is responsible',
    },
    channel: {
      email: 'Email',
      sms: 'SMS',
      ads: 'Online ads',
      social: 'Social media',
      direct_mail: 'Direct mail',
      in_store: 'In store',
      phone: 'Phone',
      app: 'App notification',
    },
    none: 'No plan yet',
    row: 'Strategy',
    kpiWithTarget: '{{kpi}}: target {{target}}',
  },
} as const;
