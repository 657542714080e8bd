/** English strings of workshop mode (the guided path through the five steps). */
export const workshop = {
  workshop: {
    toggle: 'Workshop',
    title: 'Workshop: five steps',
    close: 'Close the workshop guide',
    progress: '{{done}} of {{total}} steps done',
    go: 'Go there',
    mark: 'Done',
    reset: 'Reset progress',
    resetTitle: 'Reset the workshop’s progress?',
    resetText:
      'Every step’s tick is cleared so the room can start again. The data, the segments and their plans stay as they are.',
    steps: {
      collect: {
        title: 'Collect and analyse the data',
        why: 'Segments are only as good as the data behind them: know what you have before you divide it.',
        todo: 'Import the client’s files (or open the demo shop) and read the data summary: customers, orders, revenue, empty values.',
        check_one: '{{n}} file imported.',
        check_other: '{{n}} files imported.',
      },
      criteria: {
        title: 'Choose the criteria',
        why: 'The bases of segmentation: demographic, geographic, psychographic, behavioural, value and needs. Each answers a different question about your customers.',
        todo: 'Open the template gallery, pick a template of a base that fits the client’s question, adjust it and save it.',
        check_one: '{{n}} segment saved (at least {{needed}}).',
        check_other: '{{n}} segments saved (at least {{needed}}).',
      },
      attractive: {
        title: 'Pick the attractive segments',
        why: 'A good segment is identifiable, measurable, substantial, accessible and distinct. Size against revenue shows which are worth the effort.',
        todo: 'In Compare, put your segments side by side, read the scorecard and the size vs revenue chart, and keep the ones that pass.',
        check_one: '{{n}} segment saved (at least {{needed}} to compare). Tick when you have compared them.',
        check_other: '{{n}} segments saved (at least {{needed}} to compare). Tick when you have compared them.',
      },
      strategy: {
        title: 'A strategy for each segment',
        why: 'A segment earns its place when you know what to do with it: the goal, the message, the offer, the channel, and how you will measure it.',
        todo: 'Open each chosen segment and fill in its strategy plan: goal, message, offer, channel, KPI with a target, owner and due date.',
        check_one: '{{n}} segment has a strategy plan (at least {{needed}}).',
        check_other: '{{n}} segments have a strategy plan (at least {{needed}}).',
      },
      changes: {
        title: 'Analyse the changes',
        why: 'Customers move: a Champion today may be At Risk in six months. Segments that are never updated are one of the classic mistakes.',
        todo: 'In Changes, look at who moved between segments over the last months and at how each month’s new customers stay.',
        check_one: 'Tick when you have looked at the movement between segments.',
        check_other: 'Tick when you have looked at the movement between segments.',
      },
    },
  },
} as const;
