/** Strings of the options page (corpus, import, settings). */
export const options = {} as const;
