import type { Translation } from '../index';
import type { common as en } from '../en/common';

export const common: Translation<typeof en> = {
  ext_name: 'Crossread',
  ext_description: 'Nachrichten über Medien hinweg lesen: dieselbe Geschichte in anderen Quellen und wer was gesagt hat – alles auf Ihrem Gerät.',
  cmd_save_highlight: 'Den ausgewählten Text als Markierung speichern',
  cmd_next_quote: 'Das nächste Zitat zeigen, das auch andere Medien bringen',
  menu_find_related: 'Weitere Berichte dazu finden',
  menu_save_highlight: 'Markierung speichern',
  action_title: 'Crossread-Suche',
  sidebar_title: 'Crossread',
};
