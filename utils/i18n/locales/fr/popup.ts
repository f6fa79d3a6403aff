import type { Translation } from '../index';
import type { popup as en } from '../en/popup';

export const popup: Translation<typeof en> = {};
