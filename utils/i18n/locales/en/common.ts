/** Strings of the manifest, the toolbar, the context menu and the keyboard commands. */
export const common = {
  ext_name: 'Crossread',
  ext_description: 'Read the news across outlets: same-story coverage and who said what, all on your device.',
  cmd_save_highlight: 'Save the selected text as a highlight',
  cmd_next_quote: 'Show the next quotation other outlets also carry',
  menu_find_related: 'Find related coverage',
  menu_save_highlight: 'Save highlight',
  /** The toolbar button's tooltip (it opens the search). */
  action_title: 'Crossread search',
  /** The sidebar's title in Firefox's sidebar menu. */
  sidebar_title: 'Crossread',
} as const;
