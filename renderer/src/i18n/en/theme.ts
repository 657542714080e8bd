/** English names of the light and dark themes. */
export const theme = {
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
} as const;
