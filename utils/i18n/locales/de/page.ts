import type { Translation } from '../index';
import type { page as en } from '../en/page';

export const page: Translation<typeof en> = {};
