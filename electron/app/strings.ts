/**
 * Every user-visible string of the Electron shell (menu, dialogs), in English. Kept as one object so a
 * translation can be passed in as a whole; `{{app}}` and `{{name}}` are filled in where they are used
 * (the same placeholder syntax as i18next).
 */
export interface ShellStrings {
  menu: {
    file: string;
    newProject: string;
    openProject: string;
    importFile: string;
    openRecent: string;
    noRecentProjects: string;
    /** Appended to a recent project whose file is gone. */
    missingSuffix: string;
    openDemo: string;
    closeProject: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    data: string;
    segments: string;
    rfm: string;
    compare: string;
    pareto: string;
    changes: string;
    report: string;
    discover: string;
    predict: string;
    /** The submenu listing the UI languages, each named in itself. */
    language: string;
    reload: string;
    toggleDevTools: string;
    resetZoom: string;
    zoomIn: string;
    zoomOut: string;
    toggleFullScreen: string;
    window: string;
    help: string;
    about: string;
    whereIsMyData: string;
    services: string;
    hide: string;
    hideOthers: string;
    showAll: string;
  };
  dialogs: {
    newProjectTitle: string;
    newProjectDefaultName: string;
    openProjectTitle: string;
    projectFilter: string;
    csvFilter: string;
    xlsxFilter: string;
    allFilesFilter: string;
    saveTitle: string;
    errorTitle: string;
    openFailed: string;
    openLinkTitle: string;
    openLinkMessage: string;
    openLinkButton: string;
    cancelButton: string;
  };
}

export const ENGLISH: ShellStrings = {
  menu: {
    file: '&File',
    newProject: 'New Project…',
    openProject: 'Open Project…',
    importFile: 'Import File…',
    openRecent: 'Open Recent',
    noRecentProjects: 'No Recent Projects',
    missingSuffix: ' (file not found)',
    openDemo: 'Open the Demo Shop',
    closeProject: 'Close Project',
    quit: 'Quit {{app}}',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    data: 'Data',
    segments: 'Segments',
    rfm: 'RFM',
    compare: 'Compare',
    pareto: 'Pareto',
    changes: 'Changes',
    report: 'Report',
    discover: 'Discover',
    predict: 'Predict',
    language: 'Language',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: 'Window',
    help: '&Help',
    about: 'About {{app}}',
    whereIsMyData: 'Where Is My Data?',
    services: 'Services',
    hide: 'Hide {{app}}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  dialogs: {
    newProjectTitle: 'New Project',
    newProjectDefaultName: 'Untitled',
    openProjectTitle: 'Open Project',
    projectFilter: '{{app}} project',
    csvFilter: 'CSV file',
    xlsxFilter: 'Excel workbook',
    allFilesFilter: 'All files',
    saveTitle: 'Save',
    errorTitle: '{{app}}',
    openFailed: 'Could not open {{name}}',
    openLinkTitle: 'Open link',
    openLinkMessage: 'Open this link in your web browser?',
    openLinkButton: 'Open in Browser',
    cancelButton: 'Cancel',
  },
};

/** Fills `{{key}}` placeholders; an unknown key is left as written so a broken translation stays visible. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
