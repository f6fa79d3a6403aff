/** Strings of what Crossread writes into a news page (marks, the hover card) and the page-side messages. */
export const page = {
  // The hover card on a marked quotation (utils/page/card.ts).
  page_also_carried: 'Also carried by {outlets}',
  page_outlet_label: '{outlet}: ',
  page_same_wording: 'same wording',
  // Toasts (utils/page/annotator.ts).
  page_no_marks: 'No quotation on this page is carried by other coverage in your corpus.',
  page_select_first: 'Select some text first, then save it as a highlight.',
  page_saved: 'Highlight saved. Add a note in the Crossread side panel.',
  /** The same in Firefox, whose panel is the sidebar. */
  page_saved_sidebar: 'Highlight saved. Add a note in the Crossread sidebar.',
} as const;
