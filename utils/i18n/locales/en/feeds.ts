/** Strings of following feeds (the options page's feeds, their errors and statuses). */
export const feeds = {} as const;
