/** English strings of history: snapshots, a segment's size over time and rule versions, staleness, a customer's timeline. */
export const history = {
  history: {
    diff: {
      added: 'Added: {{clause}}',
      removed: 'Removed: {{clause}}',
      changed: 'Changed from “{{from}}” to “{{to}}”',
      joiner: {
        and: 'Customers must now meet all the conditions, not just one',
        or: 'Customers now need to meet only one of the conditions, not all',
      },
      same: 'The same rule as the version before',
      first: 'The first version kept',
    },
    panel: {
      title: 'History',
      takeSnapshot: 'Take snapshot',
      taking: 'Taking snapshot…',
      taken: 'Snapshot taken for {{date}}.',
      sizeTitle: 'Segment size over time',
      sizeLabel: 'Line chart of the customers in this segment at each snapshot',
      sizeAxis: 'Customers',
      noSnapshots: 'No snapshot holds this segment yet. Take one to start its size history.',
      versionsTitle: 'Rule versions',
      version: 'Version {{n}}',
      savedAt: 'saved {{when}}',
      current: 'Current',
      restore: 'Restore this version',
      restoreNeedsSave: 'Save or discard your changes first',
      staleDays: 'Warn after (days)',
    },
    stale: {
      title: 'These numbers may be out of date',
      replaced:
        'This segment was last evaluated {{how}} on {{evaluated}}; an import on {{replaced}} has replaced the data since.',
      old: 'This segment was last evaluated {{how}} on {{evaluated}}, {{days}} days ago: more than the {{limit}} days set for this project.',
      how: {
        saved: 'when it was saved',
        snapshot: 'in a snapshot',
      },
      refresh: 'Take a snapshot now',
    },
    timeline: {
      title: 'Over time',
      label: "The customer's segments at each snapshot",
      empty: 'No snapshot holds this customer yet.',
      notInProject: 'Not in the project then',
      noSegments: 'In no saved segment',
      unscored: 'No RFM segment (no purchase yet)',
      reason: {
        import: 'at an import',
        manual: 'taken by hand',
      },
      columns: {
        date: 'Date',
        segments: 'Segments',
        rfm: 'RFM segment',
      },
    },
  },
} as const;
