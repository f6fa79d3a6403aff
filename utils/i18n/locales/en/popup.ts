/** Strings of the toolbar popup's search. */
export const popup = {} as const;
