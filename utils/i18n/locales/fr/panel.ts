import type { Translation } from '../index';
import type { panel as en } from '../en/panel';

export const panel: Translation<typeof en> = {};
