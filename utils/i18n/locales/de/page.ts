import type { Translation } from '../index';
import type { page as en } from '../en/page';

export const page: Translation<typeof en> = {
  page_also_carried: 'Auch gebracht von {outlets}',
  page_outlet_label: '{outlet}: ',
  page_same_wording: 'gleicher Wortlaut',
  page_no_marks: 'Kein Zitat auf dieser Seite kommt in anderen Berichten Ihrer Sammlung vor.',
  page_select_first: 'Wählen Sie zuerst Text aus und speichern Sie ihn dann als Markierung.',
  page_saved: 'Markierung gespeichert. Eine Notiz können Sie in der Seitenleiste von Crossread hinzufügen.',
  page_saved_sidebar: 'Markierung gespeichert. Eine Notiz können Sie in der Sidebar von Crossread hinzufügen.',
};
