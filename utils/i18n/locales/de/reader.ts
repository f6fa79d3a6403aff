import type { Translation } from '../index';
import type { reader as en } from '../en/reader';

export const reader: Translation<typeof en> = {};
