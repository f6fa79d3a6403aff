import type { Translation } from '../index';
import type { feeds as en } from '../en/feeds';

export const feeds: Translation<typeof en> = {};
