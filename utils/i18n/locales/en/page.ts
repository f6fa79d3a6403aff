/** Strings of what Crossread writes into a news page (marks, the hover card) and the page-side messages. */
export const page = {} as const;
