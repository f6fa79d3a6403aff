/** Strings of the side panel (components of the panel, its notices, who said what). */
export const panel = {} as const;
