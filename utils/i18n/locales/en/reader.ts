/** Strings of the reader page. */
export const reader = {} as const;
